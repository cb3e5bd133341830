package org.accord.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.Map;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** /admin/ages lists the ages of digital consent and changes one, with the change audited. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AgesPageIT {

  @ArquillianResource URL base;

  @Test
  void anAdminSeesAndChangesTheAgeOfACountry() {
    Http admin = new Http(base).signInAsAdmin();
    HttpResponse<String> page = admin.get("/admin/ages");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("Ages of digital consent", "Every other country", "COPPA");

    HttpResponse<String> badDate =
        admin.submitForm(
            "/admin/ages",
            "age",
            Map.of("country", "CY", "years", "14", "source", "x", "since", "soon", "save", "Save"));
    assertThat(badDate.body()).contains("Give the date from which it applies");

    Map<String, String> cyprus =
        Map.of(
            "country",
            "CY",
            "years",
            "15",
            "source",
            "Cypriot law, amended",
            "since",
            "2027-01-01",
            "save",
            "Save");
    assertThat(admin.submitForm("/admin/ages", "age", cyprus).statusCode()).isEqualTo(302);
    assertThat(admin.get("/admin/ages").body())
        .contains("The age of digital consent for CY is now 15.", "Cypriot law, amended");
    assertThat(admin.get("/admin/audit").body()).contains("AGE_OF_CONSENT_SET");

    admin.submitForm(
        "/admin/ages",
        "age",
        Map.of(
            "country",
            "CY",
            "years",
            "14",
            "source",
            "GDPR Art. 8(1) as set by Cypriot national law",
            "since",
            "2018-07-31",
            "save",
            "Save"));
  }

  @Test
  void onlyAdminsSeeTheAges() {
    assertThat(new Http(base).get("/admin/ages").statusCode()).isEqualTo(302);
  }
}
