package org.accord.platform.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Security headers on every response, error pages included. The Content-Security-Policy allows
 * nothing from another origin and no inline script at all (C7): pages load their behaviour from
 * {@code resources/js}.
 */
@WebFilter(
    filterName = "securityHeaders",
    urlPatterns = "/*",
    asyncSupported = true,
    dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR})
public class SecurityHeadersFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  public static final String POLICY = policy("'self'", "'none'");

  /**
   * The policy with the given sources of frames (only the embed viewer loads any, after consent)
   * and the given pages that may frame this one (only the embed viewer may be framed).
   */
  public static String policy(String frameSrc, String frameAncestors) {
    return "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
        + " object-src 'none'; base-uri 'self'; form-action 'self'; frame-src "
        + frameSrc
        + "; frame-ancestors "
        + frameAncestors;
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    boolean embeddable = isEmbeddable(request);
    response.setHeader("Content-Security-Policy", embeddable ? policy("'none'", "*") : POLICY);
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
    response.setHeader(
        "Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=()");
    if (!embeddable) {
      response.setHeader("X-Frame-Options", "DENY");
    }
    response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
    if (request.isSecure()) {
      response.setHeader("Strict-Transport-Security", "max-age=31536000");
    }
    chain.doFilter(request, response);
  }

  /** The embed viewer is the one page other sites may frame (C6). */
  private static boolean isEmbeddable(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return path.startsWith("/embed/") || path.equals("/viewer/embed.xhtml");
  }
}
