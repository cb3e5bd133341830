package org.accord.media.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@code POST /embed-consent}: a viewer's Accept or Reject on the consent screen (all providers of
 * the image), or click-to-load of one provider. A plain form post, so that it works without script
 * and inside a third-party iframe (no session needed); only pages of this site may send it. Answers
 * with a redirect back to the viewer.
 */
@WebServlet(urlPatterns = "/embed-consent")
public class EmbedConsentServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject private transient ViewerDecisions decisions;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String media = request.getParameter("media");
    String decision = request.getParameter("decision");
    if (!"accept".equals(decision) && !"reject".equals(decision)) {
      response.sendError(400);
      return;
    }
    switch (decisions.decide(
        request, response, media, "accept".equals(decision), request.getParameter("provider"))) {
      case NOT_FROM_THIS_SITE -> response.sendError(403);
      case NO_SUCH_IMAGE -> response.sendError(404);
      case BAD_REQUEST -> response.sendError(400);
      case RECORDED -> {
        String back =
            ("embed".equals(request.getParameter("view")) ? "/embed/" : "/media/") + media;
        response.setStatus(303);
        response.setHeader("Location", request.getContextPath() + back);
      }
    }
  }
}
