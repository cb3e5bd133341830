package org.accord.media.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.accord.embed.EmbedDecisions;
import org.accord.embed.EmbedProvider;
import org.accord.media.Media;
import org.accord.media.MediaLibrary;
import org.accord.media.TagEmbeds;
import org.accord.platform.Messages;
import org.accord.platform.web.Clients;
import org.accord.security.CurrentUser;

/**
 * {@code POST /embed-consent}: a viewer's Accept or Reject on the consent screen (all providers of
 * the image), or click-to-load of one provider. A plain form post, so that it works without script
 * and inside a third-party iframe (no session needed); only pages of this site may send it. Answers
 * with a redirect back to the viewer.
 */
@WebServlet(urlPatterns = "/embed-consent")
public class EmbedConsentServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject private transient MediaLibrary library;
  @Inject private transient TagEmbeds tagEmbeds;
  @Inject private transient EmbedDecisions decisions;
  @Inject private transient CurrentUser user;
  @Inject private transient Clients clients;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (!fromThisSite(request)) {
      response.sendError(403);
      return;
    }
    Optional<Media> media = library.find(request.getParameter("media"));
    String decision = request.getParameter("decision");
    if (media.isEmpty() || !("accept".equals(decision) || "reject".equals(decision))) {
      response.sendError(400);
      return;
    }
    List<EmbedProvider> involved =
        tagEmbeds.providers(tagEmbeds.of(library.tags(media.get().getId())).values());
    String only = request.getParameter("provider");
    List<EmbedProvider> shown =
        only == null || only.isBlank()
            ? involved
            : involved.stream().filter(p -> p.id().equals(only)).toList();
    if (shown.isEmpty()) {
      response.sendError(400);
      return;
    }
    EmbedDecisions.Viewer viewer = ViewerIdentity.of(request, user);
    if (viewer.accountId() == null) {
      viewer =
          new EmbedDecisions.Viewer(
              null, ViewerIdentity.ensureConsentId(request, response, decisions.validity()));
    }
    decisions.decide(
        viewer,
        shown,
        "accept".equals(decision),
        Messages.locale(java.util.Collections.list(request.getLocales())).getLanguage(),
        clients.current());
    String back =
        ("embed".equals(request.getParameter("view")) ? "/embed/" : "/media/")
            + media.get().getPublicId();
    response.setStatus(303);
    response.setHeader("Location", request.getContextPath() + back);
  }

  /** A same-origin form post (browsers send Origin on POST; Sec-Fetch-Site where supported). */
  private static boolean fromThisSite(HttpServletRequest request) {
    String site = request.getHeader("Sec-Fetch-Site");
    if (site != null) {
      return site.equals("same-origin");
    }
    String origin = request.getHeader("Origin");
    if (origin == null) {
      return false;
    }
    String own =
        request.getScheme()
            + "://"
            + request.getServerName()
            + (request.getServerPort() == 80 || request.getServerPort() == 443
                ? ""
                : ":" + request.getServerPort());
    return origin.equalsIgnoreCase(own);
  }
}
