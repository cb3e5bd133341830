package org.accord.account;

import org.accord.platform.AccordException;

/** An e-mailed link that is unknown, used already, or expired. */
public class InvalidLinkException extends AccordException {

  private static final long serialVersionUID = 1L;

  public InvalidLinkException() {
    super("link.invalid");
  }
}
