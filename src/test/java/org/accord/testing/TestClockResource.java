package org.accord.testing;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.time.Duration;

/** Lets browser tests move the server's clock: POST /api/v1/test/clock?seconds=N. */
@Path("test/clock")
@RequestScoped
public class TestClockResource {

  @POST
  public String advance(@QueryParam("seconds") long seconds) {
    ShiftableClock.INSTANCE.advance(Duration.ofSeconds(seconds));
    return ShiftableClock.INSTANCE.offset().toString();
  }
}
