package org.accord.media.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The anonymous viewer's consent id cookie, as it must be inside a third-party iframe. */
class ViewerIdentityTest {

  private static HttpServletRequest request(boolean secure, Cookie... cookies) {
    return (HttpServletRequest)
        Proxy.newProxyInstance(
            HttpServletRequest.class.getClassLoader(),
            new Class<?>[] {HttpServletRequest.class},
            (proxy, method, args) ->
                switch (method.getName()) {
                  case "isSecure" -> secure;
                  case "getCookies" -> cookies.length == 0 ? null : cookies;
                  case "getContextPath" -> "";
                  default -> null;
                });
  }

  private static HttpServletResponse response(List<String> setCookies) {
    return (HttpServletResponse)
        Proxy.newProxyInstance(
            HttpServletResponse.class.getClassLoader(),
            new Class<?>[] {HttpServletResponse.class},
            (proxy, method, args) -> {
              if (method.getName().equals("addHeader") && "Set-Cookie".equals(args[0])) {
                setCookies.add((String) args[1]);
              }
              return null;
            });
  }

  @Test
  void onHttpsTheCookieWorksInsideAThirdPartyFrameAndStaysPartitioned() {
    List<String> set = new ArrayList<>();
    String id = ViewerIdentity.ensureConsentId(request(true), response(set), Duration.ofDays(180));
    assertThat(id).matches("[A-Za-z0-9_-]{43}");
    assertThat(set)
        .singleElement()
        .asString()
        .startsWith("accord_consent_id=" + id + ";")
        .contains("; Path=/", "; Max-Age=15552000", "; HttpOnly")
        .contains("; SameSite=None; Secure; Partitioned");
  }

  @Test
  void onPlainHttpItIsLaxAndAKnownIdIsKept() {
    List<String> set = new ArrayList<>();
    String known = "k".repeat(43);
    String id =
        ViewerIdentity.ensureConsentId(
            request(false, new Cookie(ViewerIdentity.COOKIE, known)),
            response(set),
            Duration.ofDays(1));
    assertThat(id).isEqualTo(known);
    assertThat(set).singleElement().asString().contains("SameSite=Lax").doesNotContain("Secure");
    assertThat(
            ViewerIdentity.consentId(
                request(false, new Cookie(ViewerIdentity.COOKIE, "not a valid id"))))
        .isEmpty();
  }
}
