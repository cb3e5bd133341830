package org.accord.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/** The system clock plus an offset that tests can move forward (deployed with the tests only). */
public final class ShiftableClock extends Clock {

  public static final ShiftableClock INSTANCE = new ShiftableClock();

  private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

  private ShiftableClock() {}

  public void advance(Duration by) {
    offset.updateAndGet(o -> o.plus(by));
  }

  public Duration offset() {
    return offset.get();
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return Clock.offset(Clock.system(zone), offset.get());
  }

  @Override
  public Instant instant() {
    return Instant.now().plus(offset.get());
  }
}
