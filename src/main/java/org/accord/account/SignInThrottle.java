package org.accord.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Consecutive failed sign-ins for one e-mail address (whether or not it has an account). After a
 * few failures each further attempt must wait longer; after {@value #LOCK_AFTER} the address is
 * locked until a password-reset link is used (NIST SP 800-63B §5.2.2).
 */
@Entity
@Table(name = "sign_in_throttle")
public class SignInThrottle {

  public static final int LOCK_AFTER = 100;
  static final int FREE_FAILURES = 5;
  static final Duration LONGEST_DELAY = Duration.ofMinutes(5);

  @Id
  @Column(name = "email_key", length = 64)
  private String emailKey;

  @Column(nullable = false)
  private int failures;

  @Column(name = "last_failure_at")
  private Instant lastFailureAt;

  @Column(nullable = false)
  private boolean locked;

  @Version private long version;

  protected SignInThrottle() {}

  public SignInThrottle(String emailKey) {
    this.emailKey = emailKey;
  }

  /** How long to wait after the given number of consecutive failures. */
  static Duration delayAfter(int failures) {
    if (failures < FREE_FAILURES) {
      return Duration.ZERO;
    }
    int exponent = Math.min(failures - FREE_FAILURES, 20);
    Duration delay = Duration.ofSeconds(1L << exponent);
    return delay.compareTo(LONGEST_DELAY) > 0 ? LONGEST_DELAY : delay;
  }

  /** When the next attempt may be made, if that is later than now. */
  public Optional<Instant> waitUntil(Instant now) {
    if (lastFailureAt == null) {
      return Optional.empty();
    }
    Instant next = lastFailureAt.plus(delayAfter(failures));
    return next.isAfter(now) ? Optional.of(next) : Optional.empty();
  }

  public boolean isLocked() {
    return locked;
  }

  public int getFailures() {
    return failures;
  }

  public void recordFailure(Instant now) {
    failures++;
    lastFailureAt = now;
    if (failures >= LOCK_AFTER) {
      locked = true;
    }
  }

  public void reset() {
    failures = 0;
    lastFailureAt = null;
    locked = false;
  }
}
