package org.accord.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@code POST /api/v1/passwords/check}: the live feedback behind the password fields. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PasswordCheckApiIT {

  private static final String PATH = "/api/v1/passwords/check";

  @ArquillianResource URL base;

  private HttpResponse<String> check(Http http, String password, String email, String language) {
    return http.postJson(
        PATH, "{\"password\": \"" + password + "\", \"email\": \"" + email + "\"}", language);
  }

  @Test
  void refusesTheExamplesWithTheirReasons() {
    Http http = new Http(base);
    assertThat(check(http, "12345678", "", "en").body())
        .contains("\"acceptable\":false", "BREACHED", "SEQUENTIAL");
    assertThat(check(http, "password1", "", "en").body())
        .contains("\"acceptable\":false", "BREACHED");
    assertThat(check(http, "accord2026", "", "en").body())
        .contains("\"acceptable\":false", "CONTEXT_WORD");
    assertThat(check(http, "liisa123", "liisa@example.fi", "en").body()).contains("CONTEXT_WORD");
  }

  @Test
  void acceptsPassphrasesAndLongPasswordsWithoutTruncation() {
    Http http = new Http(base);
    HttpResponse<String> passphrase = check(http, "violet harbour tides", "a@example.org", "en");
    assertThat(passphrase.statusCode()).isEqualTo(200);
    assertThat(passphrase.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
    assertThat(passphrase.body())
        .contains("\"acceptable\":true", "\"reasons\":[]")
        .containsPattern("\"score\":[34]");
    String sixtyFour = "the quick brown fox jumps over the lazy dog while seven owls watch";
    assertThat(sixtyFour.length()).isGreaterThanOrEqualTo(64);
    assertThat(check(http, sixtyFour, "", "en").body()).contains("\"acceptable\":true");
    assertThat(check(http, "x7!q".repeat(257), "", "en").body()).contains("TOO_LONG");
  }

  @Test
  void explainsInTheAskedLanguage() {
    Http http = new Http(base);
    assertThat(check(http, "password1", "", "fi").body()).contains("salasanalistoista");
    assertThat(check(http, "password1", "", "en").body()).contains("known to attackers");
  }

  @Test
  void badRequestsGetAProblemDocument() {
    Http http = new Http(base);
    HttpResponse<String> malformed = http.postJson(PATH, "{not json", "en");
    assertThat(malformed.statusCode()).isEqualTo(400);
    assertThat(malformed.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(malformed.body()).contains("\"status\":400").doesNotContain("Exception", "at org.");

    HttpResponse<String> missing = http.postJson(PATH, "{}", "en");
    assertThat(missing.statusCode()).isEqualTo(400);
    assertThat(missing.body()).contains("\"status\":400");

    HttpResponse<String> wrongType = http.postRaw(PATH, "text/plain", "hello".getBytes());
    assertThat(wrongType.statusCode()).isEqualTo(415);
    assertThat(wrongType.body()).contains("\"status\":415");
  }

  @Test
  void isRateLimitedPerClient() {
    Http http = new Http(base);
    try {
      int status = 200;
      for (int i = 0; i <= 200 && status == 200; i++) {
        status = check(http, "violet harbour tides " + i, "", "en").statusCode();
      }
      assertThat(status).isEqualTo(429);
      assertThat(check(http, "violet harbour tides", "", "en").body()).contains("\"status\":429");
    } finally {
      TestClock.advance(base, 61);
    }
    assertThat(check(http, "violet harbour tides", "", "en").statusCode()).isEqualTo(200);
  }
}
