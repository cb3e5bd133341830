package org.accord.mailing.web;

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
import java.util.Map;
import org.accord.mailing.Campaign;
import org.accord.mailing.Campaigns;
import org.accord.platform.Problem;
import org.accord.security.CurrentUser;

/** {@code GET /api/v1/admin/campaigns/{id}}: a campaign's progress, for its page's progress bar. */
@Path("admin/campaigns/{id}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CampaignResource {

  @Inject private Campaigns campaigns;
  @Inject private CurrentUser user;
  @Context private HttpHeaders headers;

  @GET
  public Response progress(@PathParam("id") String id) {
    if (!user.isAdmin()) {
      return Problem.translated(headers, 403, "http-403", "api.http.403");
    }
    if (!id.matches("[0-9]{1,18}")) {
      return Problem.translated(headers, 404, "http-404", "api.http.404");
    }
    return campaigns
        .progress(Long.parseLong(id))
        .map(
            p -> {
              Map<String, Object> body = new LinkedHashMap<>();
              body.put("id", String.valueOf(p.campaign().getId()));
              body.put("kind", p.campaign().getKind().name());
              body.put("running", p.campaign().getStatus() == Campaign.Status.RUNNING);
              body.put("total", p.campaign().getTotal());
              body.put("done", p.done());
              body.put("queued", p.count("QUEUED"));
              body.put("skipped", p.count("SKIPPED"));
              body.put("pending", p.count("PENDING"));
              return Response.ok(body).build();
            })
        .orElseGet(() -> Problem.translated(headers, 404, "http-404", "api.http.404"));
  }
}
