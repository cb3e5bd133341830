package org.accord.consent.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.accord.consent.ConsentEvent;
import org.accord.consent.ConsentReceipt;
import org.accord.platform.Problem;

/**
 * {@code GET /api/v1/me/consents} and {@code GET /api/v1/me/consents/{id}/receipt}: the caller's
 * own consent events and their Kantara receipts. Another person's event id answers 404.
 */
@Path("me/consents")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MyConsentsResource {

  @Inject private MyConsents consents;
  @Context private HttpHeaders headers;

  @GET
  public Response list() {
    if (consents.account().isEmpty()) {
      return unauthorized();
    }
    List<Map<String, Object>> events = consents.events().stream().map(this::summary).toList();
    return Response.ok(events).build();
  }

  @GET
  @Path("{id: [0-9]{1,18}}/receipt")
  public Response receipt(@PathParam("id") long id) {
    if (consents.account().isEmpty()) {
      return unauthorized();
    }
    return consents
        .event(id)
        .map(e -> Response.ok(consents.receipt(e)).build())
        .orElseGet(() -> Problem.translated(headers, 404, "http-404", "api.http.404"));
  }

  private Map<String, Object> summary(ConsentEvent e) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("id", e.getId());
    map.put("purpose", e.getPurpose().name());
    map.put("decision", e.getDecision().name());
    map.put("occurredAt", e.getOccurredAt().toString());
    map.put("method", e.getMethod().name());
    map.put("language", e.getLanguage());
    map.put("documentVersionId", e.getDocumentVersionId());
    map.put("textSha256", e.getTextHash());
    map.put("consentReceiptID", ConsentReceipt.receiptId(e));
    map.put("receipt", "/api/v1/me/consents/" + e.getId() + "/receipt");
    return map;
  }

  private Response unauthorized() {
    return Problem.translated(headers, 401, "http-401", "api.http.401");
  }
}
