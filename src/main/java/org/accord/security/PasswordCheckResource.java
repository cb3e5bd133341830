package org.accord.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.accord.platform.Messages;
import org.accord.platform.Problem;

/**
 * Live password feedback for the sign-up and change-password pages: the same rules as on submit,
 * rate-limited per client address.
 */
@Path("passwords/check")
@RequestScoped
public class PasswordCheckResource {

  static final int REQUESTS_PER_MINUTE = 60;
  private static final RateLimiter LIMITER =
      new RateLimiter(REQUESTS_PER_MINUTE, Duration.ofMinutes(1));

  /** The request body. */
  public static class CheckRequest {
    public String password;
    public String email;
  }

  /** The answer: whether acceptable, why not, and a 0..4 strength score. */
  public record CheckResponse(
      boolean acceptable, List<String> reasons, List<String> messages, int score) {}

  @Inject private PasswordService passwords;
  @Inject private Clock clock;
  @Context private HttpServletRequest request;
  @Context private HttpHeaders headers;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  public Response check(CheckRequest body) {
    Locale locale = Messages.locale(headers.getAcceptableLanguages());
    if (!LIMITER.tryAcquire(request.getRemoteAddr(), clock.instant())) {
      return Problem.of(429, "rate-limited", Messages.get(locale, "api.rateLimited"), Map.of());
    }
    if (body == null || body.password == null) {
      return Problem.of(400, "bad-request", Messages.get(locale, "api.password.missing"), Map.of());
    }
    PasswordVerdict verdict = passwords.check(body.password, body.email);
    List<String> reasons = verdict.reasons().stream().map(Enum::name).toList();
    List<String> messages =
        verdict.reasons().stream()
            .map(r -> Messages.get(locale, "password.rejected." + r.name(), minimum()))
            .toList();
    return Response.ok(new CheckResponse(verdict.acceptable(), reasons, messages, verdict.score()))
        .build();
  }

  private int minimum() {
    return passwords.profile().minimumLength();
  }
}
