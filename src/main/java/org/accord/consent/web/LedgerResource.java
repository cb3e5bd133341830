package org.accord.consent.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import org.accord.consent.LedgerVerificationJob;
import org.accord.platform.Problem;
import org.accord.security.CurrentUser;

/** {@code /api/v1/admin/ledger/verification}: start a verification and follow its progress. */
@Path("admin/ledger/verification")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class LedgerResource {

  @Inject private LedgerVerificationJob job;
  @Inject private CurrentUser user;
  @Context private HttpHeaders headers;

  @GET
  public Response status() {
    if (!user.isAdmin()) {
      return forbidden();
    }
    LedgerVerificationJob.Status s = job.status();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("running", s.running());
    body.put("checked", s.checked());
    body.put("total", s.total());
    body.put("startedAt", s.startedAt() == null ? null : s.startedAt().toString());
    body.put("finishedAt", s.finishedAt() == null ? null : s.finishedAt().toString());
    body.put("clean", s.report() == null ? null : s.report().isClean());
    if (s.report() != null) {
      body.put("subjects", s.report().subjects());
      body.put("events", s.report().events());
      body.put("seals", s.report().seals());
      body.put(
          "brokenLinks",
          s.report().brokenLinks().stream()
              .map(
                  b ->
                      Map.of(
                          "subject", b.subject(),
                          "eventId", String.valueOf(b.eventId()),
                          "sequence", b.sequence(),
                          "problem", b.problem().name()))
              .toList());
      body.put(
          "brokenSeals",
          s.report().brokenSeals().stream()
              .map(b -> Map.of("sealId", b.sealId(), "problem", b.problem().name()))
              .toList());
    }
    body.put("failure", s.failure());
    return Response.ok(body).build();
  }

  @POST
  public Response start() {
    if (!user.isAdmin()) {
      return forbidden();
    }
    boolean started = job.start();
    return Response.status(started ? 202 : 409).entity(status().getEntity()).build();
  }

  private Response forbidden() {
    return Problem.translated(headers, 403, "http-403", "api.http.403");
  }
}
