package org.accord.account.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.accord.account.AccountService;
import org.accord.account.WrongPasswordException;
import org.accord.platform.Messages;
import org.accord.security.CurrentUser;
import org.accord.security.PasswordService;
import org.accord.security.WeakPasswordException;

/** {@code /account/password}: change the password, giving the current one. */
@Named
@RequestScoped
public class ChangePasswordView {

  @Inject private AccountService accounts;
  @Inject private PasswordService passwords;
  @Inject private CurrentUser user;

  private String current;
  private String password;

  public String submit() {
    try {
      accounts.changePassword(user.requireId(), current, password);
    } catch (WrongPasswordException e) {
      Messages.error("change:current", e);
      return null;
    } catch (WeakPasswordException e) {
      Forms.show("change:password", e, passwords.profile().minimumLength());
      return null;
    }
    Messages.keepForRedirect();
    Messages.add(null, FacesMessage.SEVERITY_INFO, "password.changed");
    return "/account/index?faces-redirect=true";
  }

  public String getEmail() {
    return accounts.get(user.requireId()).getEmail();
  }

  public int getMinimumLength() {
    return passwords.profile().minimumLength();
  }

  public String getCurrent() {
    return current;
  }

  public void setCurrent(String current) {
    this.current = current;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
