package org.accord.policy.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.accord.platform.Problem;
import org.accord.policy.AcceptanceGate;
import org.accord.security.CurrentUser;

/**
 * {@code GET /api/v1/admin/subjects/{subject}/acceptances?at=2027-01-01T00:00:00Z}: which version
 * of each document a person (by ledger subject, as on their receipts) had accepted at an instant,
 * with the event that proves it. Without {@code at}: now. For admins answering a dispute.
 */
@Path("admin/subjects/{subject}/acceptances")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AcceptancesAtResource {

  @Inject private AcceptanceGate gate;
  @Inject private CurrentUser user;
  @Inject private Clock clock;
  @Context private HttpHeaders headers;

  @GET
  public Response acceptedAt(@PathParam("subject") String subject, @QueryParam("at") String at) {
    if (!user.isAdmin()) {
      return problem(403, "http-403", "api.http.403");
    }
    if (subject == null || !subject.matches("[A-Za-z0-9-]{1,64}")) {
      return problem(400, "invalid-subject", "api.subject.invalid");
    }
    Instant instant;
    try {
      instant = at == null || at.isBlank() ? clock.instant() : Instant.parse(at);
    } catch (DateTimeParseException e) {
      return problem(400, "invalid-instant", "api.instant.invalid");
    }
    List<Map<String, Object>> documents =
        gate.acceptedAt(subject, instant).stream()
            .map(
                a -> {
                  Map<String, Object> d = new LinkedHashMap<>();
                  d.put("document", a.kind().name());
                  d.put("version", a.version());
                  d.put("acceptedAt", a.acceptedAt().toString());
                  d.put("eventId", String.valueOf(a.eventId()));
                  d.put("textHash", a.textHash());
                  d.put("language", a.language());
                  return d;
                })
            .toList();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("subject", subject);
    body.put("at", instant.toString());
    body.put("documents", documents);
    return Response.ok(body).build();
  }

  private Response problem(int status, String type, String key) {
    return Problem.translated(headers, status, type, key);
  }
}
