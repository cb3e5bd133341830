package org.accord.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.accord.testing.TestMail;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An adult opted into the newsletter receives it by SMTP with RFC 8058 headers; the one-click POST
 * to the address in the header unsubscribes without sign-in and is recorded; opening the address
 * changes nothing; afterwards a marketing send to them sends nothing.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OneClickUnsubscribeIT {

  @ArquillianResource URL base;

  private String send(String email) {
    return new Http(base)
        .postRaw(
            "/api/v1/test/marketing?email=" + email + "&code=NEWSLETTER", "text/plain", new byte[0])
        .body();
  }

  @Test
  void theOneClickPostFromTheMailHeaderUnsubscribes() throws Exception {
    Http user = new Http(base);
    String email = WebSecurityIT.verifiedUser(user);
    user.signIn(email, "violet harbour tides");
    user.acceptPending();
    user.submitForm("/account/privacy", "categories:0:choose", Map.of("subscribe", "Subscribe"));

    assertThat(send(email)).isEqualTo("queued");
    MimeMessage mail = TestMail.await(email, 2, Duration.ofSeconds(20));
    assertThat(mail.getHeader("X-Accord-Category", null)).isEqualTo("MARKETING");
    assertThat(mail.getHeader("List-Unsubscribe-Post", null))
        .isEqualTo("List-Unsubscribe=One-Click");
    String header = mail.getHeader("List-Unsubscribe", null);
    assertThat(header).startsWith("<").endsWith(">").contains("/unsubscribe?token=");
    String address = header.substring(1, header.length() - 1);
    assertThat(TestMail.body(mail)).contains(address);
    String path = address.substring(address.indexOf("/unsubscribe"));

    Http scanner = new Http(base);
    HttpResponse<String> page = scanner.get(path);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("Stop receiving", "Monthly newsletter");
    assertThat(user.get("/account/privacy").body()).contains("You receive these e-mails.");

    Http mailClient = new Http(base);
    HttpResponse<String> oneClick =
        mailClient.postRaw(
            path,
            "application/x-www-form-urlencoded",
            "List-Unsubscribe=One-Click".getBytes(StandardCharsets.US_ASCII));
    assertThat(oneClick.statusCode()).isEqualTo(200);
    assertThat(oneClick.body()).contains("Unsubscribed.");
    assertThat(user.get("/account/privacy").body()).contains("You do not receive these e-mails.");
    assertThat(user.get("/api/v1/me/consents").body())
        .contains("\"decision\":\"WITHDRAWN\"", "\"method\":\"ONE_CLICK_UNSUBSCRIBE\"");
    assertThat(scanner.get(path).body()).contains("You are unsubscribed from");
    HttpResponse<String> fromPage =
        scanner.postRaw(
            path,
            "application/x-www-form-urlencoded",
            "from=page".getBytes(StandardCharsets.US_ASCII));
    assertThat(fromPage.statusCode()).isEqualTo(303);
    assertThat(fromPage.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).contains("/unsubscribe?done=true&token="));

    assertThat(send(email)).isEqualTo("refused");
  }

  @Test
  void aTamperedLinkIsRefusedClearly() {
    HttpResponse<String> refused =
        new Http(base)
            .postRaw(
                "/unsubscribe?token=MTox.AAAA",
                "application/x-www-form-urlencoded",
                "List-Unsubscribe=One-Click".getBytes(StandardCharsets.US_ASCII));
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("not valid");
    assertThat(new Http(base).get("/unsubscribe?token=nonsense").body())
        .contains("This unsubscribe link is not valid.");
  }
}
