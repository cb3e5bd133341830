package org.accord.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The admin policy APIs: the draft preview, and what a person had accepted at an instant. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PolicyApiIT {

  private static final String PREVIEW = "/api/v1/admin/policies/preview";

  @ArquillianResource URL base;

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void thePreviewIsSanitisedMarkdownForAdminsOnly() {
    String markdown = "# Terms\n\nPlain *words* <script>alert(1)</script> [x](javascript:alert(1))";
    HttpResponse<String> anonymous =
        new Http(base).postRaw(PREVIEW, "text/plain; charset=UTF-8", utf8(markdown));
    assertThat(anonymous.statusCode()).isEqualTo(403);

    Http admin = new Http(base).signInAsAdmin();
    HttpResponse<String> preview =
        admin.postRaw(PREVIEW, "text/plain; charset=UTF-8", utf8(markdown));
    assertThat(preview.statusCode()).isEqualTo(200);
    assertThat(preview.body())
        .contains("<h1>Terms</h1>", "<em>words</em>")
        .doesNotContain("<script", "javascript:");

    HttpResponse<String> tooLong =
        admin.postRaw(PREVIEW, "text/plain; charset=UTF-8", utf8("x".repeat(200_001)));
    assertThat(tooLong.statusCode()).isEqualTo(413);
    assertThat(tooLong.body()).contains("longer than");
  }

  @Test
  void acceptancesAtAnInstantAreForAdminsAndRefuseBadInputClearly() {
    String path = "/api/v1/admin/subjects/0b7e1c7e-0000-4000-8000-000000000000/acceptances";
    assertThat(new Http(base).get(path).statusCode()).isEqualTo(403);

    Http admin = new Http(base).signInAsAdmin();
    HttpResponse<String> none = admin.get(path + "?at=2027-01-01T00:00:00Z");
    assertThat(none.statusCode()).isEqualTo(200);
    assertThat(none.body()).contains("\"at\":\"2027-01-01T00:00:00Z\"", "\"documents\":[]");

    HttpResponse<String> badInstant = admin.get(path + "?at=yesterday");
    assertThat(badInstant.statusCode()).isEqualTo(400);
    assertThat(badInstant.body()).contains("ISO 8601");
    HttpResponse<String> badSubject = admin.get("/api/v1/admin/subjects/a%20b/acceptances");
    assertThat(badSubject.statusCode()).isEqualTo(400);
    assertThat(badSubject.body()).contains("not a ledger subject");
  }
}
