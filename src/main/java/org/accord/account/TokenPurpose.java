package org.accord.account;

import java.time.Duration;

/** What a single-use e-mailed link is for, and how long it stays valid. */
public enum TokenPurpose {
  VERIFY_EMAIL(Duration.ofDays(2)),
  RESET_PASSWORD(Duration.ofHours(1));

  private final Duration lifetime;

  TokenPurpose(Duration lifetime) {
    this.lifetime = lifetime;
  }

  public Duration lifetime() {
    return lifetime;
  }
}
