package org.accord.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A user's own consent records, receipts and API; and nobody else's. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConsentRecordsIT {

  private static final Pattern FIRST_ID = Pattern.compile("\"id\":(\\d+)");

  @ArquillianResource URL base;

  /** The Privacy Policy must be in force for sign-up to record an acceptance. */
  private void privacyPolicyInForce() {
    if (new Http(base).get("/legal/privacy").body().contains("has not been published yet")) {
      Http admin = new Http(base);
      admin.signInAsAdmin();
      admin.submitForm(
          "/admin/policies/publish?kind=PRIVACY_POLICY&version=1",
          "publish",
          Map.of("effective", "", "confirm", "on", "submit", "Publish"));
    }
  }

  private Http signedIn() {
    Http http = new Http(base);
    String email = WebSecurityIT.verifiedUser(http);
    http.signIn(email, "violet harbour tides");
    return http;
  }

  @Test
  void aUserSeesTheirAcceptancesWithReceiptsAndNobodyElses() {
    privacyPolicyInForce();
    Http user = signedIn();

    HttpResponse<String> page = user.get("/account/consents");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("Privacy Policy", "Given", "Sign-up form");

    HttpResponse<String> list = user.get("/api/v1/me/consents");
    assertThat(list.statusCode()).isEqualTo(200);
    assertThat(list.body())
        .contains(
            "\"purpose\":\"PRIVACY_POLICY\"",
            "\"decision\":\"GIVEN\"",
            "\"method\":\"SIGNUP_FORM\"");
    Matcher id = FIRST_ID.matcher(list.body());
    assertThat(id.find()).isTrue();
    String eventId = id.group(1);

    HttpResponse<String> receipt = user.get("/api/v1/me/consents/" + eventId + "/receipt");
    assertThat(receipt.statusCode()).isEqualTo(200);
    assertThat(receipt.body())
        .contains(
            "\"version\":\"KI-CR-v1.1.0\"",
            "\"jurisdiction\"",
            "\"consentTimestamp\"",
            "\"collectionMethod\"",
            "\"consentReceiptID\"",
            "\"language\"",
            "\"piiPrincipalId\"",
            "\"piiControllers\"",
            "\"policyUrl\"",
            "\"services\"",
            "\"purposes\"",
            "\"purposeCategory\"",
            "\"consentType\"",
            "\"piiCategory\"",
            "\"primaryPurpose\"",
            "\"termination\"",
            "\"thirdPartyDisclosure\"",
            "\"thirdPartyName\"",
            "\"sensitive\"",
            "\"spiCat\"",
            "\"textSha256\"");
    assertThat(user.get("/account/receipt?id=" + eventId).body())
        .contains("Consent receipt", "KI-CR-v1.1.0");

    Http other = signedIn();
    assertThat(other.get("/api/v1/me/consents/" + eventId + "/receipt").statusCode())
        .isEqualTo(404);
    assertThat(other.get("/account/receipt?id=" + eventId).statusCode()).isEqualTo(404);
    assertThat(other.get("/api/v1/me/consents").body()).doesNotContain("\"id\":" + eventId + ",");
  }

  @Test
  void anonymousCallersGetAProblemDocument() {
    HttpResponse<String> anonymous = new Http(base).get("/api/v1/me/consents");
    assertThat(anonymous.statusCode()).isEqualTo(401);
    assertThat(anonymous.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(new Http(base).get("/account/receipt?id=1").statusCode()).isEqualTo(302);
  }
}
