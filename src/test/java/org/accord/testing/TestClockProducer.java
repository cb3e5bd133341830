package org.accord.testing;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/** In the test deployment, the application's clock is the shiftable one. */
@Alternative
@Priority(100)
@ApplicationScoped
public class TestClockProducer {

  @Produces
  public Clock clock() {
    return ShiftableClock.INSTANCE;
  }
}
