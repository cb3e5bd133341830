package org.accord.marketing;

import org.accord.platform.AccordException;

/** A marketing category that does not exist (or is no longer offered). */
public class UnknownCategoryException extends AccordException {

  private static final long serialVersionUID = 1L;

  public UnknownCategoryException(String code) {
    super("marketing.unknownCategory", String.valueOf(code));
  }

  @Override
  public int httpStatus() {
    return 404;
  }
}
