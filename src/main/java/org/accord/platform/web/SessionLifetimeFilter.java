package org.accord.platform.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Ends a signed-in session 30 days after sign-in however active it was (NIST SP 800-63B AAL1
 * re-authentication), on top of the idle timeout in web.xml.
 */
@WebFilter(filterName = "sessionLifetime", urlPatterns = "/*", asyncSupported = true)
public class SessionLifetimeFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  public static final Duration MAXIMUM = Duration.ofDays(30);
  public static final String SIGNED_IN_AT = "accord.signedInAt";

  @Inject private transient Clock clock;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    HttpSession session = request.getSession(false);
    if (session != null
        && session.getAttribute(SIGNED_IN_AT) instanceof Instant signedIn
        && !clock.instant().isBefore(signedIn.plus(MAXIMUM))) {
      request.logout();
      session.invalidate();
      response.sendRedirect(request.getContextPath() + "/login?expired=true");
      return;
    }
    chain.doFilter(request, response);
  }
}
