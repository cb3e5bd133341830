package org.accord.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** An admin verifies the whole ledger from /admin/ledger; the run is audited. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LedgerAdminIT {

  private static final String STATUS = "/api/v1/admin/ledger/verification";

  @ArquillianResource URL base;

  @Test
  void anAdminRunsAVerificationInTheBackgroundAndSeesItClean() throws InterruptedException {
    Http admin = new Http(base);
    admin.signInAsAdmin();

    HttpResponse<String> started =
        admin.submitForm("/admin/ledger", "verify", Map.of("start", "Verify"));
    assertThat(started.statusCode()).isEqualTo(302);

    Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
    String status = admin.get(STATUS).body();
    while (status.contains("\"running\":true") && Instant.now().isBefore(deadline)) {
      Thread.sleep(200);
      status = admin.get(STATUS).body();
    }
    assertThat(status).contains("\"running\":false", "\"clean\":true", "\"brokenLinks\":[]");
    assertThat(admin.get("/admin/ledger").body()).contains("The ledger verifies");
    assertThat(admin.get("/admin/audit").body()).contains("LEDGER_VERIFY");
  }

  @Test
  void onlyAdminsMayVerify() {
    assertThat(new Http(base).get(STATUS).statusCode()).isEqualTo(403);
    assertThat(new Http(base).postRaw(STATUS, "application/json", new byte[0]).statusCode())
        .isEqualTo(403);
    assertThat(new Http(base).get("/admin/ledger").statusCode()).isEqualTo(302);
  }
}
