package org.accord.consent.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.accord.consent.ConsentEvent;
import org.accord.consent.ConsentReceipt;

/** {@code /account/consents}: every consent decision the user made, newest first. */
@Named
@RequestScoped
public class ConsentsView {

  @Inject private MyConsents consents;

  private List<ConsentEvent> events;

  public List<ConsentEvent> getEvents() {
    if (events == null) {
      events = consents.events();
    }
    return events;
  }

  public String receiptId(ConsentEvent event) {
    return ConsentReceipt.receiptId(event);
  }

  public String policyUrl(ConsentEvent event) {
    return consents.policyUrl(event);
  }
}
