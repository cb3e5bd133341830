package org.accord.security;

import java.util.List;

/**
 * The outcome of checking a candidate password: the reasons it is refused (none when acceptable)
 * and an estimated strength from 0 (guessable) to 4 (very strong).
 */
public record PasswordVerdict(List<PasswordRejection> reasons, int score) {

  public PasswordVerdict {
    reasons = List.copyOf(reasons);
    if (score < 0 || score > 4) {
      throw new IllegalArgumentException("score must be 0..4: " + score);
    }
  }

  public boolean acceptable() {
    return reasons.isEmpty();
  }
}
