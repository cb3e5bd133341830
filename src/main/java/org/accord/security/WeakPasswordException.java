package org.accord.security;

import java.util.stream.Collectors;
import org.accord.platform.AccordException;

/** A new password breaks the rules; the verdict says why. */
public class WeakPasswordException extends AccordException {

  private static final long serialVersionUID = 1L;

  private final transient PasswordVerdict verdict;

  public WeakPasswordException(PasswordVerdict verdict) {
    super(
        "password.rejected",
        verdict.reasons().stream().map(Enum::name).collect(Collectors.joining(",")));
    this.verdict = verdict;
  }

  public PasswordVerdict verdict() {
    return verdict;
  }
}
