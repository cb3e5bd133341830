package org.accord.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.accord.consent.ClientInfo;

/** The client of the current request, as the consent ledger records it. */
@RequestScoped
public class Clients {

  @Inject private HttpServletRequest request;

  public ClientInfo current() {
    return new ClientInfo(request.getRemoteAddr(), request.getHeader("User-Agent"));
  }
}
