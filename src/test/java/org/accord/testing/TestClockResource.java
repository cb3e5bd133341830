package org.accord.testing;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.time.Duration;

/**
 * Lets browser tests move the server's clock: POST /api/v1/test/clock?seconds=N, and tells the time
 * they see: GET /api/v1/test/clock.
 */
@Path("test/clock")
@RequestScoped
public class TestClockResource {

  /** The server's current time (with the shift). */
  @GET
  public String now() {
    return ShiftableClock.INSTANCE.instant().toString();
  }

  @POST
  public String advance(@QueryParam("seconds") long seconds) {
    ShiftableClock.INSTANCE.advance(Duration.ofSeconds(seconds));
    return ShiftableClock.INSTANCE.offset().toString();
  }
}
