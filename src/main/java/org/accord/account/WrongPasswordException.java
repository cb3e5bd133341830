package org.accord.account;

import org.accord.platform.AccordException;

/** The current password given to confirm a change is not right. */
public class WrongPasswordException extends AccordException {

  private static final long serialVersionUID = 1L;

  public WrongPasswordException() {
    super("password.current.wrong");
  }
}
