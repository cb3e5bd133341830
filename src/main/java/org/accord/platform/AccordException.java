package org.accord.platform;

import java.util.List;

/**
 * Base of every business failure. Carries a bundle key (and arguments) so that pages and the API
 * show a translated message; never a stack trace.
 */
public abstract class AccordException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String messageKey;
  private final transient List<Object> arguments;

  protected AccordException(String messageKey, Object... arguments) {
    super(messageKey);
    this.messageKey = messageKey;
    this.arguments = List.of(arguments);
  }

  public String messageKey() {
    return messageKey;
  }

  public Object[] arguments() {
    return arguments.toArray();
  }

  /** The HTTP status this failure maps to on the API. */
  public int httpStatus() {
    return 400;
  }
}
