package org.accord.account.web;

import jakarta.faces.application.FacesMessage;
import org.accord.account.InvalidInputException;
import org.accord.platform.Messages;
import org.accord.security.PasswordRejection;
import org.accord.security.WeakPasswordException;

/** Puts business failures next to the form fields they concern. */
public final class Forms {

  private Forms() {}

  public static void show(String formId, InvalidInputException e) {
    e.problems()
        .forEach(
            (field, key) -> Messages.add(formId + ":" + field, FacesMessage.SEVERITY_ERROR, key));
  }

  static void show(String clientId, WeakPasswordException e, int minimumLength) {
    for (PasswordRejection reason : e.verdict().reasons()) {
      Messages.add(
          clientId,
          FacesMessage.SEVERITY_ERROR,
          "password.rejected." + reason.name(),
          minimumLength);
    }
  }
}
