package org.accord.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An admin publishes the Terms of Service from legal/ through the admin pages, and the public page
 * shows it. (The Privacy Policy's life is covered in PolicyServiceIT.)
 */
@ExtendWith(ArquillianExtension.class)
@Order(2)
@RunAsClient
class PolicyPagesIT {

  private static final String PUBLISH = "/admin/policies/publish?kind=TERMS_OF_SERVICE&version=1";

  @ArquillianResource URL base;

  private Http admin() {
    return new Http(base).signInAsAdmin();
  }

  @Test
  void theTermsArePublishedShownAcceptedAtSignUpAndEnforcedWhenTheyChange() {
    Http admin = admin();
    assertThat(admin.get("/admin/policies").body()).contains("Versions waiting to be published");
    HttpResponse<String> preview = admin.get(PUBLISH);
    assertThat(preview.statusCode()).as(preview.body()).isEqualTo(200);
    assertThat(preview.body())
        .contains("The first Terms of Service of Accord", "<h2>1. Who we are</h2>");

    HttpResponse<String> unconfirmed =
        admin.submitForm(PUBLISH, "publish", Map.of("effective", "", "submit", "Publish"));
    assertThat(unconfirmed.statusCode()).isEqualTo(200);
    assertThat(unconfirmed.body()).contains("Tick the confirmation to publish.");
    assertThat(new Http(base).get("/legal/terms").body()).contains("has not been published yet");

    HttpResponse<String> confirmed =
        admin.submitForm(
            PUBLISH, "publish", Map.of("effective", "", "confirm", "on", "submit", "Publish"));
    assertThat(confirmed.statusCode()).isEqualTo(302);
    admin.acceptPending();
    assertThat(admin.get("/admin/policies").body())
        .contains("<td>1</td><td>MATERIAL</td>", "Accepted by")
        .containsPattern("Accounts that still have to accept the version in force: \\d+");
    assertThat(admin.get("/admin/audit").body()).contains("POLICY_PUBLISH", "TERMS_OF_SERVICE v1");
    assertThat(admin.get(PUBLISH).statusCode()).isEqualTo(404);

    HttpResponse<String> page = new Http(base).get("/legal/terms");
    assertThat(page.body())
        .contains("Version 1, in force from", "<h2>1. Who we are</h2>", "All versions");
    assertThat(new Http(base).get("/legal/terms?lang=fi").body())
        .contains("<h2>1. Keitä olemme</h2>");
    assertThat(new Http(base).get("/legal/terms?version=1").statusCode()).isEqualTo(200);

    Http newcomer = new Http(base);
    assertThat(newcomer.get("/signup").body())
        .contains("I have read and accept the", "/legal/terms");
    Map<String, String> fields =
        new HashMap<>(
            Map.of(
                "email", "terms-" + System.nanoTime() + "@example.org",
                "password", "violet harbour tides",
                "birthDate", "1990-01-01",
                "country", "FI",
                "acceptPrivacy", "on",
                "submit", "Create account"));
    HttpResponse<String> refused = newcomer.submitForm("/signup", "signup", fields);
    assertThat(refused.body()).contains("Please accept the Terms of Service to create an account.");
    fields.put("acceptTerms", "on");
    assertThat(newcomer.submitForm("/signup", "signup", fields).statusCode()).isEqualTo(302);

    // A MATERIAL change sends signed-in users to review until they accept it.

    Http user = new Http(base);
    String email = WebSecurityIT.verifiedUser(user);
    user.signIn(email, "violet harbour tides");
    assertThat(user.get("/account/").statusCode()).isEqualTo(200);

    publishIfOffered(admin, 2);

    HttpResponse<String> gated = user.get("/account/");
    assertThat(gated.statusCode()).isEqualTo(302);
    assertThat(gated.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith("/consent/review"));
    HttpResponse<String> api = user.get("/api/v1/me/consents");
    assertThat(api.statusCode()).isEqualTo(403);
    assertThat(api.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    assertThat(api.body()).contains("\"document\":\"TERMS_OF_SERVICE\"", "\"version\":2");
    assertThat(user.get("/legal/terms").statusCode()).isEqualTo(200);

    HttpResponse<String> review = user.get("/consent/review");
    assertThat(review.body())
        .contains("Please review the changes", "PRO and PREMIUM")
        .contains("<ins>", "</ins>", "<del>");

    HttpResponse<String> accepted =
        user.submitForm("/consent/review", "review", Map.of("accept", "I accept"));
    assertThat(accepted.statusCode()).isEqualTo(302);
    assertThat(user.get("/account/").statusCode()).isEqualTo(200);
    assertThat(user.get("/api/v1/me/consents").body()).contains("\"method\":\"REVIEW_PAGE\"");
  }

  private static void publishIfOffered(Http admin, int version) {
    String path = "/admin/policies/publish?kind=TERMS_OF_SERVICE&version=" + version;
    if (admin.get(path).statusCode() == 200) {
      admin.submitForm(
          path, "publish", Map.of("effective", "", "confirm", "on", "submit", "Publish"));
      admin.acceptPending();
    }
  }

  @Test
  void unknownVersionsAreNotFound() {
    assertThat(new Http(base).get("/legal/terms?version=99").statusCode()).isEqualTo(404);
    assertThat(new Http(base).get("/legal/privacy?version=abc").statusCode()).isEqualTo(404);
    assertThat(admin().get("/admin/policies/publish?kind=TERMS_OF_SERVICE&version=99").statusCode())
        .isEqualTo(404);
    assertThat(admin().get("/admin/policies/publish?kind=NOPE&version=1").statusCode())
        .isEqualTo(404);
    assertThat(admin().get("/admin/policies/publish?kind=TERMS_OF_SERVICE&version=x").statusCode())
        .isEqualTo(404);
  }

  @Test
  void onlyAdminsSeeThePolicyAdministration() {
    assertThat(new Http(base).get("/admin/policies").statusCode()).isEqualTo(302);
    assertThat(new Http(base).get(PUBLISH).statusCode()).isEqualTo(302);
  }
}
