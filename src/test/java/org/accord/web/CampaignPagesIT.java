package org.accord.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An admin composes a newsletter; it runs in the background with its progress and results shown.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CampaignPagesIT {

  @ArquillianResource URL base;

  @Test
  void aNewsletterIsConfirmedSentInTheBackgroundAndReported() throws InterruptedException {
    Http admin = new Http(base).signInAsAdmin();
    String subject = "December news " + UUID.randomUUID();
    Map<String, String> fields =
        Map.of("code", "NEWSLETTER", "subject", subject, "body", "New shows.", "send", "Send");
    HttpResponse<String> unconfirmed = admin.submitForm("/admin/campaigns", "compose", fields);
    assertThat(unconfirmed.statusCode()).isEqualTo(200);
    assertThat(unconfirmed.body()).contains("Tick the confirmation to send.");

    HttpResponse<String> blank =
        admin.submitForm(
            "/admin/campaigns",
            "compose",
            Map.of(
                "code", "NEWSLETTER", "subject", "", "body", "x", "confirm", "on", "send", "Send"));
    assertThat(blank.body()).contains("Give the newsletter a subject.");

    Map<String, String> confirmed = new java.util.HashMap<>(fields);
    confirmed.put("confirm", "on");
    HttpResponse<String> sent = admin.submitForm("/admin/campaigns", "compose", confirmed);
    assertThat(sent.statusCode()).isEqualTo(302);
    String location = sent.headers().firstValue("Location").orElseThrow();
    String id = location.replaceAll(".*[?&]id=(\\d+).*", "$1");

    String api = "/api/v1/admin/campaigns/" + id;
    Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
    String status = admin.get(api).body();
    while (status.contains("\"running\":true") && Instant.now().isBefore(deadline)) {
      Thread.sleep(200);
      status = admin.get(api).body();
    }
    assertThat(status).contains("\"kind\":\"NEWSLETTER\"", "\"running\":false", "\"pending\":0");

    HttpResponse<String> page = admin.get("/admin/campaigns/view?id=" + id);
    assertThat(page.body())
        .contains(subject, "campaign-progress", "skipped", "not opted into NEWSLETTER", "done");
    assertThat(admin.get("/admin/campaigns").body()).contains(subject);
    assertThat(admin.get("/admin/audit").body()).contains("NEWSLETTER_SEND");
    assertThat(admin.get("/admin/campaigns/view?id=999999999").statusCode()).isEqualTo(404);
  }

  @Test
  void onlyAdminsSeeCampaigns() {
    assertThat(new Http(base).get("/api/v1/admin/campaigns/1").statusCode()).isEqualTo(403);
    assertThat(new Http(base).get("/admin/campaigns").statusCode()).isEqualTo(302);
  }
}
