package org.accord.web;

import java.net.URL;
import java.time.Instant;

/** Moves the server's clock forward (the test deployment's clock resource). */
final class TestClock {

  private TestClock() {}

  static void advance(URL base, long seconds) {
    new Http(base).postRaw("/api/v1/test/clock?seconds=" + seconds, "text/plain", new byte[0]);
  }

  static Instant now(URL base) {
    return Instant.parse(new Http(base).get("/api/v1/test/clock").body().strip());
  }
}
