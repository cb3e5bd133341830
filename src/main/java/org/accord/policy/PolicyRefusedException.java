package org.accord.policy;

import org.accord.platform.AccordException;

/**
 * A change to the legal documents that is refused as asked (publishing a version already published
 * or older than the latest, a draft with bad input, ...); nothing was changed.
 */
public class PolicyRefusedException extends AccordException {

  private static final long serialVersionUID = 1L;

  public PolicyRefusedException(String reasonKey, Object... args) {
    super(reasonKey, args);
  }

  @Override
  public int httpStatus() {
    return 409;
  }
}
