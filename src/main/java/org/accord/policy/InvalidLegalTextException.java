package org.accord.policy;

import org.accord.platform.AccordException;

/** A file in {@code legal/} (or a draft) that cannot be used; the message says which and why. */
public class InvalidLegalTextException extends AccordException {

  private static final long serialVersionUID = 1L;

  public InvalidLegalTextException(String source, String problem) {
    super("policy.text.invalid", source, problem);
  }
}
