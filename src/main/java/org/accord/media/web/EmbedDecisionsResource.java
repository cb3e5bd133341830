package org.accord.media.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.accord.consent.Decision;
import org.accord.embed.EmbedProvider;
import org.accord.platform.Problem;

/**
 * {@code /api/v1/embed/{mediaId}/decisions}: for the embed viewer and integrations, the providers
 * an image would embed with every domain each contacts and the caller's decision for each (GET),
 * and recording a decision (POST {@code {"decision": "accept"|"reject", "provider": optional}},
 * from pages of this site only). The caller is the signed-in account or the consent id cookie.
 */
@Path("embed/{media}/decisions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class EmbedDecisionsResource {

  @Inject private ViewerDecisions decisions;
  @Context private HttpServletRequest request;
  @Context private HttpServletResponse response;
  @Context private HttpHeaders headers;

  @GET
  public Response get(@PathParam("media") String media) {
    Optional<List<EmbedProvider>> providers = decisions.providersOf(media);
    if (providers.isEmpty()) {
      return Problem.translated(headers, 404, "not-found", "media.notFound");
    }
    JsonArrayBuilder list = Json.createArrayBuilder();
    for (Map.Entry<EmbedProvider, Decision> e :
        decisions.current(request, providers.get()).entrySet()) {
      EmbedProvider p = e.getKey();
      JsonObjectBuilder item =
          Json.createObjectBuilder()
              .add("provider", p.id())
              .add("name", p.name())
              .add("privacyPolicy", p.privacyPolicy())
              .add("domains", Json.createArrayBuilder(p.domains()))
              .add("allowed", e.getValue() == Decision.GIVEN);
      if (e.getValue() == null) {
        item.addNull("decision");
      } else {
        item.add("decision", e.getValue().name());
      }
      list.add(item);
    }
    return Response.ok(
            Json.createObjectBuilder()
                .add("media", media)
                .add("rememberDays", decisions.rememberDays())
                .add("providers", list)
                .build())
        .build();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response post(@PathParam("media") String media, JsonObject body) {
    String decision = body == null ? null : body.getString("decision", null);
    if (!"accept".equals(decision) && !"reject".equals(decision)) {
      return Problem.translated(headers, 400, "invalid-decision", "embed.api.decision");
    }
    return switch (decisions.decide(
        request, response, media, "accept".equals(decision), body.getString("provider", null))) {
      case NOT_FROM_THIS_SITE ->
          Problem.translated(headers, 403, "cross-site", "embed.api.crossSite");
      case NO_SUCH_IMAGE -> Problem.translated(headers, 404, "not-found", "media.notFound");
      case BAD_REQUEST ->
          Problem.translated(headers, 400, "invalid-provider", "embed.api.provider");
      case RECORDED -> get(media);
    };
  }
}
