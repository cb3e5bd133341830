package org.accord.account.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.accord.account.AccountService;
import org.accord.account.EmailAddress;
import org.accord.platform.Messages;
import org.accord.platform.TextInput;

/** {@code /password/forgot}: asks for a reset link; the answer never tells if an account exists. */
@Named
@RequestScoped
public class ForgotPasswordView {

  @Inject private AccountService accounts;

  private String email;
  private boolean sent;

  public void submit() {
    if (!TextInput.isClean(email) || !EmailAddress.isValid(email)) {
      Messages.add("forgot:email", FacesMessage.SEVERITY_ERROR, "email.invalid");
      return;
    }
    accounts.requestPasswordReset(email);
    sent = true;
  }

  public boolean isSent() {
    return sent;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }
}
