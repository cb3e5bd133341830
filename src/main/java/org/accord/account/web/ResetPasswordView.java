package org.accord.account.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.accord.account.AccountService;
import org.accord.account.InvalidLinkException;
import org.accord.platform.Messages;
import org.accord.security.PasswordService;
import org.accord.security.WeakPasswordException;

/** {@code /password/reset?token=…}: a new password from a single-use link. */
@Named
@RequestScoped
public class ResetPasswordView {

  @Inject private AccountService accounts;
  @Inject private PasswordService passwords;

  private String token;
  private String password;

  public boolean isUsable() {
    return accounts.isUsableResetLink(token);
  }

  public String submit() {
    try {
      accounts.resetPassword(token, password);
    } catch (WeakPasswordException e) {
      Forms.show("reset:password", e, passwords.profile().minimumLength());
      return null;
    } catch (InvalidLinkException e) {
      Messages.error(null, e);
      return null;
    }
    Messages.keepForRedirect();
    Messages.info("reset.done");
    return "/login?faces-redirect=true";
  }

  public int getMinimumLength() {
    return passwords.profile().minimumLength();
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
