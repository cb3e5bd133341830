package org.accord.policy.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.accord.platform.Problem;
import org.accord.policy.MarkdownRenderer;
import org.accord.policy.PolicyDrafts;
import org.accord.security.CurrentUser;

/**
 * {@code POST /api/v1/admin/policies/preview}: the draft editor's live preview. Takes Markdown and
 * answers the sanitised HTML the public page would show; stores nothing.
 */
@Path("admin/policies/preview")
@RequestScoped
public class PolicyPreviewResource {

  @Inject private CurrentUser user;
  @Context private HttpHeaders headers;

  @POST
  @Consumes(MediaType.TEXT_PLAIN)
  @Produces(MediaType.TEXT_HTML)
  public Response preview(String markdown) {
    if (!user.isAdmin()) {
      return problem(403, "http-403", "api.http.403");
    }
    if (markdown != null && markdown.length() > PolicyDrafts.MAX_MARKDOWN) {
      return problem(413, "text-too-long", "api.policy.tooLong");
    }
    return Response.ok(MarkdownRenderer.toHtml(markdown == null ? "" : markdown))
        .header("Cache-Control", "no-store")
        .build();
  }

  private Response problem(int status, String type, String key) {
    return Problem.translated(headers, status, type, key, PolicyDrafts.MAX_MARKDOWN);
  }
}
