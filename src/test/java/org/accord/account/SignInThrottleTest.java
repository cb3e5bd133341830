package org.accord.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

  private static final Instant T0 = Instant.parse("2026-12-04T12:00:00Z");

  @Test
  void theFirstFewFailuresCostNoWait() {
    SignInThrottle throttle = new SignInThrottle("k");
    for (int i = 0; i < SignInThrottle.FREE_FAILURES - 1; i++) {
      throttle.recordFailure(T0);
    }
    assertThat(throttle.waitUntil(T0)).isEmpty();
  }

  @Test
  void theWaitGrowsWithConsecutiveFailuresUpToACap() {
    assertThat(SignInThrottle.delayAfter(5)).isEqualTo(Duration.ofSeconds(1));
    assertThat(SignInThrottle.delayAfter(6)).isEqualTo(Duration.ofSeconds(2));
    assertThat(SignInThrottle.delayAfter(9)).isEqualTo(Duration.ofSeconds(16));
    assertThat(SignInThrottle.delayAfter(50)).isEqualTo(SignInThrottle.LONGEST_DELAY);
    assertThat(SignInThrottle.delayAfter(99)).isEqualTo(SignInThrottle.LONGEST_DELAY);
  }

  @Test
  void anAttemptMustWaitUntilTheDelayHasPassed() {
    SignInThrottle throttle = new SignInThrottle("k");
    for (int i = 0; i < 7; i++) {
      throttle.recordFailure(T0);
    }
    assertThat(throttle.waitUntil(T0.plusSeconds(1))).contains(T0.plusSeconds(4));
    assertThat(throttle.waitUntil(T0.plusSeconds(4))).isEmpty();
  }

  @Test
  void locksAfterOneHundredConsecutiveFailures() {
    SignInThrottle throttle = new SignInThrottle("k");
    for (int i = 0; i < 99; i++) {
      throttle.recordFailure(T0);
    }
    assertThat(throttle.isLocked()).isFalse();
    throttle.recordFailure(T0);
    assertThat(throttle.isLocked()).isTrue();
  }

  @Test
  void aResetUnlocksAndForgetsFailures() {
    SignInThrottle throttle = new SignInThrottle("k");
    for (int i = 0; i < 100; i++) {
      throttle.recordFailure(T0);
    }
    throttle.reset();
    assertThat(throttle.isLocked()).isFalse();
    assertThat(throttle.getFailures()).isZero();
    assertThat(throttle.waitUntil(T0)).isEmpty();
  }
}
