package org.accord.marketing.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import org.accord.marketing.Unsubscribe;

/** {@code GET /unsubscribe?token=…}: asks for confirmation (and says when it is done). */
@Named
@RequestScoped
public class UnsubscribeView {

  @Inject private Unsubscribe unsubscribe;

  private String token;
  private boolean done;
  private Optional<Unsubscribe.Link> link;

  public Unsubscribe.Link getLink() {
    if (link == null) {
      link = unsubscribe.describe(token);
    }
    return link.orElse(null);
  }

  public boolean isValid() {
    return getLink() != null;
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }

  public boolean isDone() {
    return done;
  }

  public void setDone(boolean done) {
    this.done = done;
  }
}
