package org.accord.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/** The one source of "now" for the whole application, so that time can be moved in tests. */
@ApplicationScoped
public class ClockProducer {

  @Produces
  public Clock clock() {
    return Clock.systemUTC();
  }
}
