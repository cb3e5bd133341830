package org.accord.account.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.accord.account.AccountService;
import org.accord.account.InvalidLinkException;

/** {@code /verify?token=…}: confirms an e-mail address from the link we sent. */
@Named
@RequestScoped
public class VerifyView {

  @Inject private AccountService accounts;

  private String token;
  private boolean verified;

  /** Runs on page load (f:viewAction). */
  public void verify() {
    try {
      accounts.verifyEmail(token);
      verified = true;
    } catch (InvalidLinkException e) {
      verified = false;
    }
  }

  public boolean isVerified() {
    return verified;
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }
}
