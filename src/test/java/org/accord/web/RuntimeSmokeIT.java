package org.accord.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The shortest proof that a runtime serves Accord: pages with their headers, the API, and the whole
 * sign-up → mail → verification → sign-in path. Also run on the Jakarta EE 11 runtime line.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RuntimeSmokeIT {

  @ArquillianResource URL base;

  @Test
  void servesPagesWithTheirSecurityHeaders() {
    HttpResponse<String> home = new Http(base).get("/");
    assertThat(home.statusCode()).isEqualTo(200);
    assertThat(home.body()).contains("Welcome to Accord");
    assertThat(home.headers().firstValue("Content-Security-Policy"))
        .hasValueSatisfying(v -> assertThat(v).contains("default-src 'self'"));
    assertThat(new Http(base).get("/?lang=fi").body()).contains("Tervetuloa Accordiin");
  }

  @Test
  void answersTheApi() {
    assertThat(
            new Http(base)
                .postJson("/api/v1/passwords/check", "{\"password\":\"password1\"}", "en")
                .body())
        .contains("BREACHED");
  }

  @Test
  void signsUpVerifiesAndSignsIn() {
    Http http = new Http(base);
    String email = WebSecurityIT.verifiedUser(http);
    HttpResponse<String> signIn = http.signIn(email, "violet harbour tides");
    assertThat(signIn.statusCode()).isEqualTo(302);
    assertThat(http.get("/account/").body()).contains(email);
  }
}
