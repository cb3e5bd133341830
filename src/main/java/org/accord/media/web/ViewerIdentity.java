package org.accord.media.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import org.accord.embed.EmbedDecisions;
import org.accord.security.CurrentUser;

/**
 * Who is viewing, for embed decisions: the signed-in account, or the random consent id in the
 * {@value #COOKIE} cookie. The cookie is set only when an anonymous viewer decides; in an iframe on
 * HTTPS it is {@code SameSite=None; Secure; Partitioned} (a cookie of this site within the framing
 * site only), on plain HTTP (local use) {@code SameSite=Lax}.
 */
final class ViewerIdentity {

  static final String COOKIE = "accord_consent_id";
  private static final SecureRandom RANDOM = new SecureRandom();

  private ViewerIdentity() {}

  static EmbedDecisions.Viewer of(HttpServletRequest request, CurrentUser user) {
    Optional<Long> account = user.id();
    if (account.isPresent()) {
      return new EmbedDecisions.Viewer(account.get(), null);
    }
    return new EmbedDecisions.Viewer(null, consentId(request).orElse(null));
  }

  static Optional<String> consentId(HttpServletRequest request) {
    Cookie[] cookies = request.getCookies();
    if (cookies == null) {
      return Optional.empty();
    }
    return Arrays.stream(cookies)
        .filter(c -> COOKIE.equals(c.getName()))
        .map(Cookie::getValue)
        .filter(v -> v != null && v.matches("[A-Za-z0-9_-]{43}"))
        .findFirst();
  }

  /** The viewer's consent id, issuing (and setting the cookie of) a new one when there is none. */
  static String ensureConsentId(
      HttpServletRequest request, HttpServletResponse response, Duration lifetime) {
    Optional<String> known = consentId(request);
    String id = known.orElseGet(ViewerIdentity::newId);
    StringBuilder cookie =
        new StringBuilder(COOKIE)
            .append('=')
            .append(id)
            .append("; Path=")
            .append(request.getContextPath().isEmpty() ? "/" : request.getContextPath())
            .append("; Max-Age=")
            .append(lifetime.toSeconds())
            .append("; HttpOnly");
    if (request.isSecure()) {
      cookie.append("; SameSite=None; Secure; Partitioned");
    } else {
      cookie.append("; SameSite=Lax");
    }
    response.addHeader("Set-Cookie", cookie.toString());
    return id;
  }

  private static String newId() {
    byte[] random = new byte[32];
    RANDOM.nextBytes(random);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
  }
}
