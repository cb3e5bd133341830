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

/** Marketing choices on the sign-up form and on /account/privacy, each one click and one event. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PrivacySettingsIT {

  private static final String PAGE = "/account/privacy";
  private static final String NEWSLETTER = "categories:0:choose";

  @ArquillianResource URL base;

  @Test
  void theSignUpFormOffersEachCategoryUnticked() {
    String form = new Http(base).get("/signup").body();
    assertThat(form)
        .contains("E-mail from us (optional)", "Monthly newsletter", "Product updates")
        .contains("name=\"signup:marketing-NEWSLETTER\"")
        .doesNotContainPattern("name=\"signup:marketing-[A-Z_]+\"[^>]*checked");
  }

  @Test
  void aSignedInUserSubscribesAndUnsubscribesWithOneClickEach() {
    Http user = new Http(base);
    user.signIn(WebSecurityIT.verifiedUser(user), "violet harbour tides");
    user.acceptPending();
    HttpResponse<String> page = user.get(PAGE);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("Monthly newsletter", "You do not receive these e-mails.");

    HttpResponse<String> subscribed =
        user.submitForm(PAGE, NEWSLETTER, Map.of("subscribe", "Subscribe"));
    assertThat(subscribed.statusCode()).isEqualTo(302);
    assertThat(user.get(PAGE).body())
        .contains(
            "Subscribed.", "You receive these e-mails.", "name=\"" + NEWSLETTER + ":unsubscribe\"");
    assertThat(user.get("/api/v1/me/consents").body())
        .contains("\"purpose\":\"MARKETING_NEWSLETTER\"", "\"method\":\"SETTINGS\"");

    user.submitForm(PAGE, NEWSLETTER, Map.of("unsubscribe", "Unsubscribe"));
    assertThat(user.get(PAGE).body()).contains("Unsubscribed.");
    assertThat(user.get("/api/v1/me/consents").body()).contains("\"decision\":\"WITHDRAWN\"");
  }

  @Test
  void thePageIsForSignedInUsersOnly() {
    assertThat(new Http(base).get(PAGE).statusCode()).isEqualTo(302);
  }
}
