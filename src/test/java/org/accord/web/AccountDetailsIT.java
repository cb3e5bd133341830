package org.accord.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import org.accord.testing.TestMail;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code /account/details}: a changed birth date or country re-evaluates the account (C5). Bad
 * input changes nothing; a change that makes the person a child holds the account until a parent
 * agrees; a later change that makes them old enough asks for their own confirmation.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccountDetailsIT {

  @ArquillianResource URL base;

  private HttpResponse<String> change(Http http, LocalDate born, String country, String parent) {
    return http.submitForm(
        "/account/details",
        "details",
        Map.of(
            "birthDate",
            born.toString(),
            "country",
            country,
            "parentEmail",
            parent,
            "submit",
            "Save"));
  }

  private static String location(HttpResponse<String> response) {
    return response.headers().firstValue("Location").orElse("");
  }

  private static String approveByParent(URL base, String parent) {
    String link =
        TestMail.link(TestMail.await(parent, 1, Duration.ofSeconds(20)), "/parent/consent");
    return new Http(base)
        .submitForm(
            link.substring(link.indexOf("/parent/consent")),
            "parent",
            Map.of("approve", "I am a parent or guardian and I agree"))
        .body();
  }

  private static String address(String who) {
    return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
  }

  @Test
  void aChangedBirthDateHoldsTheAccountUntilAParentAgrees() {
    new Http(base).signInAsAdmin().ensureDocumentsInForce();
    Http child = new Http(base);
    String email = WebSecurityIT.verifiedUser(child);
    child.signIn(email, "violet harbour tides");
    LocalDate today = TestClock.now(base).atZone(ZoneOffset.UTC).toLocalDate();

    assertThat(change(child, today.plusDays(2), "FI", "").body())
        .contains("The date of birth cannot be in the future.");
    LocalDate fourteen = today.minusYears(14);
    assertThat(change(child, fourteen, "DE", "").body())
        .contains("give the e-mail address of a parent or guardian");
    assertThat(child.get("/account/").body()).contains("1988-08-08", email);

    String parent = address("guardian");
    HttpResponse<String> saved = change(child, fourteen, "DE", parent);
    assertThat(saved.statusCode()).isEqualTo(302);
    HttpResponse<String> held = child.get("/account/");
    assertThat(held.statusCode()).isEqualTo(302);
    assertThat(location(held)).endsWith("/parent/waiting");

    approveByParent(base, parent);
    assertThat(child.get("/account/").body()).contains(fourteen.toString(), email);
    assertThat(child.get("/account/details").body())
        .contains("A parent or guardian must now agree before you go on", "Germany");
  }

  @Test
  void aChildWhoReachesTheAgeOfConsentConfirmsTheDocumentsAtTheNextSignIn() {
    new Http(base).signInAsAdmin().ensureDocumentsInForce();
    LocalDate today = TestClock.now(base).atZone(ZoneOffset.UTC).toLocalDate();
    String email = address("lena");
    String parent = address("eltern");
    Http child = new Http(base);
    child.submitForm(
        "/signup",
        "signup",
        Map.of(
            "email", email,
            "password", "violet harbour tides",
            "birthDate", today.minusYears(16).plusDays(2).toString(),
            "country", "DE",
            "parentEmail", parent,
            "timeZone", "Europe/Berlin",
            "acceptTerms", "on",
            "acceptPrivacy", "on",
            "submit", "Create account"));
    String verify = TestMail.link(TestMail.await(email, 1, Duration.ofSeconds(20)), "/verify");
    child.get(verify.substring(verify.indexOf("/verify")));
    approveByParent(base, parent);
    child.signIn(email, "violet harbour tides");
    assertThat(child.get("/account/").statusCode()).isEqualTo(200);

    TestClock.advance(base, Duration.ofDays(3).toSeconds());
    Http grownUp = new Http(base);
    grownUp.signIn(email, "violet harbour tides");
    HttpResponse<String> gated = grownUp.get("/account/");
    assertThat(location(gated)).endsWith("/consent/review");
    assertThat(grownUp.get("/consent/review").body())
        .contains("id=\"review-own\"", "confirm them in your own name");
    grownUp.acceptPending();
    assertThat(grownUp.get("/account/").statusCode()).isEqualTo(200);
    assertThat(grownUp.get("/api/v1/me/consents").body())
        .contains("\"purpose\":\"PARENTAL\"", "\"decision\":\"EXPIRED\"");

    Http later = new Http(base);
    later.signIn(email, "violet harbour tides");
    assertThat(later.get("/account/").statusCode()).isEqualTo(200);
  }
}
