package org.accord.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.accord.testing.TestMail;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Headers, cookies, access rules and error pages, as seen over HTTP. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WebSecurityIT {

  @ArquillianResource URL base;

  @Test
  void everyKindOfResponseCarriesTheSecurityHeaders() {
    Http http = new Http(base);
    for (String path :
        List.of(
            "/",
            "/signup",
            "/jakarta.faces.resource/css/accord.css.xhtml",
            "/resources/img/logo.svg",
            "/no/such/page",
            "/api/v1/no-such-thing")) {
      HttpResponse<String> response = http.get(path);
      assertThat(response.headers().allValues("Content-Security-Policy"))
          .as(path)
          .singleElement()
          .satisfies(
              csp ->
                  assertThat(csp)
                      .contains("default-src 'self'", "script-src 'self'", "frame-ancestors 'none'")
                      .doesNotContain("unsafe-inline", "http"));
      assertThat(response.headers().firstValue("X-Content-Type-Options"))
          .as(path)
          .hasValue("nosniff");
      assertThat(response.headers().firstValue("Referrer-Policy")).as(path).isPresent();
      assertThat(response.headers().firstValue("Permissions-Policy")).as(path).isPresent();
    }
  }

  @Test
  void theSessionCookieIsHttpOnlyAndSameSiteLax() {
    HttpResponse<String> response = new Http(base).get("/signup");
    assertThat(response.headers().allValues("Set-Cookie"))
        .filteredOn(c -> c.startsWith("JSESSIONID="))
        .singleElement()
        .satisfies(
            c ->
                assertThat(c)
                    .containsIgnoringCase("HttpOnly")
                    .containsIgnoringCase("SameSite=Lax"));
  }

  @Test
  void protectedPagesAskForSignInAndAdminPagesStayClosedToUsers() {
    Http anonymous = new Http(base);
    assertThat(anonymous.get("/account/").statusCode()).isEqualTo(302);
    assertThat(anonymous.get("/account/").headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).contains("/login"));
    assertThat(anonymous.get("/admin/").statusCode()).isEqualTo(302);

    Http user = signedInUser();
    assertThat(user.get("/account/").statusCode()).isEqualTo(200);
    HttpResponse<String> admin = user.get("/admin/outbox");
    assertThat(admin.statusCode()).isEqualTo(403);
    assertThat(admin.body()).contains("Page not found").doesNotContain("Exception");
  }

  @Test
  void signingInIssuesANewSessionId() {
    Http http = new Http(base);
    String email = verifiedUser(http);
    String before = sessionId(http.get("/login"));
    HttpResponse<String> signedIn = http.signIn(email, "violet harbour tides");
    assertThat(signedIn.statusCode()).isEqualTo(302);
    String after = sessionId(signedIn);
    assertThat(after).isNotNull().isNotEqualTo(before);
  }

  @Test
  void aSessionEndsThirtyDaysAfterSignInHoweverActive() {
    Http user = signedInUser();
    assertThat(user.get("/account/").statusCode()).isEqualTo(200);
    TestClock.advance(base, Duration.ofDays(30).toSeconds());
    HttpResponse<String> after = user.get("/account/");
    assertThat(after.statusCode()).isEqualTo(302);
    assertThat(after.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).contains("/login?expired=true"));
    assertThat(user.get("/account/").statusCode()).isEqualTo(302);
  }

  @Test
  void adminsReadTheOutbox() {
    Http anyone = new Http(base);
    String email = verifiedUser(anyone);
    Http admin = new Http(base);
    admin.signInAsAdmin();
    HttpResponse<String> outbox = admin.get("/admin/outbox");
    assertThat(outbox.statusCode()).isEqualTo(200);
    assertThat(outbox.body()).contains(email, "Confirm your e-mail address for Accord", "SENT");
  }

  @Test
  void errorPagesShowNoStackTrace() {
    Http http = new Http(base);
    HttpResponse<String> notFound = http.get("/no/such/page");
    assertThat(notFound.statusCode()).isEqualTo(404);
    assertThat(notFound.body())
        .contains("Page not found")
        .doesNotContain("Exception", "at org.", "Payara");

    HttpResponse<String> expired =
        http.postRaw(
            "/signup",
            "application/x-www-form-urlencoded",
            "signup=signup&jakarta.faces.ViewState=stale&signup%3Asubmit=x".getBytes());
    assertThat(expired.statusCode()).isEqualTo(302);
    assertThat(expired.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith("/error/expired.xhtml"));
    assertThat(http.get("/error/expired.xhtml").body())
        .contains("The page had expired")
        .doesNotContain("Exception", "at org.");

    HttpResponse<String> garbage =
        http.postRaw("/login", "application/x-www-form-urlencoded", "%%%===&&&".getBytes());
    assertThat(garbage.statusCode()).isLessThan(500);
    assertThat(garbage.body()).doesNotContain("Exception", "at org.");
  }

  private Http signedInUser() {
    Http http = new Http(base);
    String email = verifiedUser(http);
    http.signIn(email, "violet harbour tides");
    return http;
  }

  /** Signs up through the form and follows the verification link from the mail. */
  static String verifiedUser(Http http) {
    String email = "http-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    http.submitForm(
        "/signup",
        "signup",
        Map.of(
            "email",
            email,
            "password",
            "violet harbour tides",
            "birthDate",
            "1988-08-08",
            "country",
            "FI",
            "acceptTerms",
            "on",
            "acceptPrivacy",
            "on",
            "submit",
            "Create account"));
    String link = TestMail.link(TestMail.await(email, 1, Duration.ofSeconds(20)), "/verify");
    http.get(link.substring(link.indexOf("/verify")));
    return email;
  }

  private static String sessionId(HttpResponse<String> response) {
    return response.headers().allValues("Set-Cookie").stream()
        .filter(c -> c.startsWith("JSESSIONID="))
        .map(c -> c.substring("JSESSIONID=".length(), c.indexOf(';')))
        .findFirst()
        .orElse(null);
  }
}
