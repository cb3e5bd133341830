package org.accord.account.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;

/** Sign-out (a POST from the header): ends the session and returns to the front page. */
@Named
@RequestScoped
public class SignOutView {

  @Inject private ExternalContext external;

  public void submit() throws ServletException, IOException {
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    request.logout();
    external.invalidateSession();
    external.redirect(external.getRequestContextPath() + "/?signedOut=true");
  }
}
