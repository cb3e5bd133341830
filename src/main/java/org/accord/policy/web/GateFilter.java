package org.accord.policy.web;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.accord.platform.Messages;
import org.accord.policy.VersionEntry;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The acceptance gate (C2): a signed-in person who has not accepted the MATERIAL version in force
 * of a required document reaches only public pages, the legal texts, sign-out and the review page.
 * Pages redirect to {@code /consent/review}; API calls get 403 with a problem document naming the
 * documents. Switched off only for measurements ({@code accord.gate.enabled}).
 */
@WebFilter(filterName = "acceptanceGate", urlPatterns = "/*", asyncSupported = true)
public class GateFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  static final String REVIEW = "/consent/review";
  static final String WAITING = "/parent/waiting";
  private static final List<String> OPEN_PREFIXES =
      List.of(
          "/legal/",
          "/consent/review",
          "/login",
          "/signup",
          "/verify",
          "/password/",
          "/error/",
          "/unsubscribe",
          "/parent/",
          "/jakarta.faces.resource/",
          "/resources/",
          "/api/v1/passwords/",
          "/api/v1/test/",
          "/api/v1/embed/",
          "/embed/",
          "/viewer/");

  /** Anyone may view an interactive image (and its image), signed in or not (C6). */
  private static final Pattern VIEWER =
      Pattern.compile("^/media/[A-Za-z0-9_-]{1,24}(?:/image)?/?$");

  @Inject private transient Standings standings;

  @Inject
  @ConfigProperty(name = "accord.gate.enabled", defaultValue = "true")
  transient boolean enabled;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (!enabled || request.getUserPrincipal() == null || isOpen(path(request))) {
      chain.doFilter(request, response);
      return;
    }
    Optional<Standing> standing = standings.of(request);
    if (standing.isPresent() && standings.awaitingGuardian(standing.get())) {
      if (path(request).startsWith("/api/")) {
        write(
            response,
            Json.createObjectBuilder()
                .add("type", "urn:accord:problem:guardian-consent-required")
                .add("title", title(request, "gate.api.guardian"))
                .add("status", 403)
                .add("waiting", request.getContextPath() + WAITING));
      } else {
        response.sendRedirect(request.getContextPath() + WAITING);
      }
      return;
    }
    List<VersionEntry> pending = standing.map(standings::pending).orElse(List.of());
    if (pending.isEmpty()) {
      chain.doFilter(request, response);
    } else if (path(request).startsWith("/api/")) {
      refuse(request, response, pending);
    } else {
      response.sendRedirect(request.getContextPath() + REVIEW);
    }
  }

  static boolean isOpen(String path) {
    return path.isEmpty()
        || path.equals("/")
        || path.equals("/index.xhtml")
        || OPEN_PREFIXES.stream().anyMatch(path::startsWith)
        || VIEWER.matcher(path).matches();
  }

  private static String path(HttpServletRequest request) {
    return request.getRequestURI().substring(request.getContextPath().length());
  }

  private static void refuse(
      HttpServletRequest request, HttpServletResponse response, List<VersionEntry> pending)
      throws IOException {
    JsonArrayBuilder documents = Json.createArrayBuilder();
    pending.forEach(
        v ->
            documents.add(
                Json.createObjectBuilder()
                    .add("document", v.kind().name())
                    .add("version", v.version())));
    write(
        response,
        Json.createObjectBuilder()
            .add("type", "urn:accord:problem:acceptance-required")
            .add("title", title(request, "gate.api.title"))
            .add("status", 403)
            .add("review", request.getContextPath() + REVIEW)
            .add("documents", documents));
  }

  private static String title(HttpServletRequest request, String key) {
    return Messages.get(Messages.locale(List.of(request.getLocale())), key);
  }

  /** A 403 RFC 9457 problem document. */
  private static void write(HttpServletResponse response, JsonObjectBuilder problem)
      throws IOException {
    response.setStatus(403);
    response.setContentType("application/problem+json");
    response.setCharacterEncoding("UTF-8");
    response.getWriter().write(problem.build().toString());
  }
}
