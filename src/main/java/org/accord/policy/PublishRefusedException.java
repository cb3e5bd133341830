package org.accord.policy;

import org.accord.platform.AccordException;

/** A version that cannot be published (already published, older than the latest, ...). */
public class PublishRefusedException extends AccordException {

  private static final long serialVersionUID = 1L;

  public PublishRefusedException(String reasonKey, Object... args) {
    super(reasonKey, args);
  }

  @Override
  public int httpStatus() {
    return 409;
  }
}
