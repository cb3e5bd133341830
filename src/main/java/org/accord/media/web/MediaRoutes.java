package org.accord.media.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.accord.media.Media;
import org.accord.media.MediaLibrary;
import org.accord.security.AccordAuthenticationMechanism;

/**
 * The media addresses: {@code /media} (the owner's images), {@code /media/{id}/edit}, {@code
 * /media/{id}} (the viewer), {@code /media/{id}/image} (the stored image) and {@code /embed/{id}}
 * (the viewer without chrome, for iframes). Pages are forwarded to their Facelets views; the
 * owner's pages need a signed-in person, the viewers do not.
 */
@WebFilter(
    filterName = "mediaRoutes",
    urlPatterns = {"/media", "/media/*", "/embed/*"},
    asyncSupported = true)
public class MediaRoutes extends HttpFilter {

  private static final long serialVersionUID = 1L;

  static final String LIST_VIEW = "/account/media/index.xhtml";
  static final String EDIT_VIEW = "/account/media/edit.xhtml";
  static final String VIEWER_VIEW = "/viewer/media.xhtml";
  static final String EMBED_VIEW = "/viewer/embed.xhtml";

  private static final Pattern ROUTE =
      Pattern.compile("^/(media|embed)(?:/([A-Za-z0-9_-]{1,24})(?:/(edit|image))?)?/?$");

  @Inject private transient MediaLibrary library;
  @Inject private transient ViewerPageCache cache;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    Matcher m = ROUTE.matcher(path);
    if (!m.matches()) {
      response.sendError(404);
      return;
    }
    String area = m.group(1);
    String id = m.group(2);
    String action = m.group(3);
    if (area.equals("embed")) {
      if (id == null || action != null) {
        response.sendError(404);
      } else {
        viewer(request, response, EMBED_VIEW + "?id=" + id, path, true);
      }
      return;
    }
    if (id == null || "edit".equals(action)) {
      if (request.getUserPrincipal() == null) {
        response.sendRedirect(AccordAuthenticationMechanism.signInFirst(request));
        return;
      }
      forward(request, response, id == null ? LIST_VIEW : EDIT_VIEW + "?id=" + id);
    } else if ("image".equals(action)) {
      image(request, response, id);
    } else {
      viewer(request, response, VIEWER_VIEW + "?id=" + id, path, false);
    }
  }

  /** A viewer page, from the cache of pages for viewers who have decided nothing where it can. */
  private void viewer(
      HttpServletRequest request,
      HttpServletResponse response,
      String target,
      String path,
      boolean embed)
      throws IOException, ServletException {
    Optional<ViewerPageCache.Slot> slot =
        cache.slotFor(request, path, embed ? ViewerView.framingOrigin(request).orElse(null) : null);
    if (slot.isEmpty()) {
      forward(request, response, target);
      return;
    }
    ViewerPageCache.Page page = cache.get(slot.get());
    if (page != null) {
      ViewerPageCache.write(page, response);
      return;
    }
    ViewerPageCache.Capture capture = new ViewerPageCache.Capture(response);
    forward(request, capture, target);
    ViewerPageCache.Page rendered = capture.finish(slot.get().until());
    if (capture.status() == 200 && rendered.policy() != null) {
      cache.put(slot.get(), rendered);
    }
  }

  private static void forward(
      HttpServletRequest request, HttpServletResponse response, String target)
      throws IOException, ServletException {
    request.getRequestDispatcher(target).forward(request, response);
  }

  /**
   * The stored image, with its content type and an ETag; it is public like the viewer and can be
   * cached (a changed image is a new upload with a new id).
   */
  private void image(HttpServletRequest request, HttpServletResponse response, String id)
      throws IOException {
    Optional<Media> media = library.find(id);
    if (media.isEmpty()) {
      response.sendError(404);
      return;
    }
    String etag = "\"" + media.get().getSha256() + "\"";
    response.setHeader("ETag", etag);
    response.setHeader("Cache-Control", "public, max-age=86400");
    response.setHeader("Content-Disposition", "inline");
    response.setHeader("Cross-Origin-Resource-Policy", "same-site");
    if (etag.equals(request.getHeader("If-None-Match"))) {
      response.setStatus(304); // the bytes are not even read
      return;
    }
    Optional<byte[]> bytes = library.bytes(media.get().getId());
    if (bytes.isEmpty()) {
      response.sendError(404);
      return;
    }
    response.setContentType(media.get().getFormat().contentType());
    response.setContentLength(bytes.get().length);
    response.getOutputStream().write(bytes.get());
  }
}
