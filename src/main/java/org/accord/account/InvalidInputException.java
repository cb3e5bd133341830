package org.accord.account;

import java.util.LinkedHashMap;
import java.util.Map;
import org.accord.platform.AccordException;

/** Form input that cannot be accepted: message keys per field, all problems at once. */
public class InvalidInputException extends AccordException {

  private static final long serialVersionUID = 1L;

  private final Map<String, String> problems;

  public InvalidInputException(Map<String, String> problems) {
    super("input.invalid");
    this.problems = new LinkedHashMap<>(problems);
  }

  /** Field name to message key. */
  public Map<String, String> problems() {
    return Map.copyOf(problems);
  }
}
