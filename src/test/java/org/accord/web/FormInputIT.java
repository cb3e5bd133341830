package org.accord.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.accord.testing.TestMail;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Bad input posted straight to the sign-up form (as a script or a broken client would): a clear
 * message at the field, a normal page, and no account or mail created.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FormInputIT {

  @ArquillianResource URL base;

  private static Map<String, String> valid(String email) {
    Map<String, String> fields = new HashMap<>();
    fields.put("email", email);
    fields.put("password", "violet harbour tides");
    fields.put("birthDate", "1990-01-01");
    fields.put("country", "FI");
    fields.put("acceptTerms", "on");
    fields.put("acceptPrivacy", "on");
    fields.put("submit", "Create account");
    return fields;
  }

  private static String email() {
    return "input-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
  }

  private HttpResponse<String> signUp(Map<String, String> fields) {
    HttpResponse<String> response = new Http(base).submitForm("/signup", "signup", fields);
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).doesNotContain("Exception");
    return response;
  }

  private static void assertNothingMailedTo(String email) throws InterruptedException {
    Thread.sleep(500);
    assertThat(TestMail.to(email)).isEmpty();
  }

  @Test
  void unknownCountryCodes() throws InterruptedException {
    String email = email();
    Map<String, String> fields = valid(email);
    fields.put("country", "XX");
    assertThat(signUp(fields).body()).contains("choose a value from the list");
    assertNothingMailedTo(email);
  }

  @Test
  void overLongFields() throws InterruptedException {
    Map<String, String> fields = valid("a".repeat(300) + "@example.org");
    assertThat(signUp(fields).body()).contains("at most 254 characters");

    String email = email();
    fields = valid(email);
    fields.put("password", "x7!q".repeat(300));
    assertThat(signUp(fields).body()).contains("Use at most 1024 characters");
    assertNothingMailedTo(email);
  }

  @Test
  void malformedEmailAndImpossibleBirthDates() {
    Map<String, String> fields = valid("not an address");
    fields.put("birthDate", "1899-12-31");
    String body = signUp(fields).body();
    assertThat(body).contains("This is not a valid e-mail address", "Please check the year");

    fields = valid(email());
    fields.put("birthDate", "2999-01-01");
    assertThat(signUp(fields).body()).contains("cannot be in the future");

    fields.put("birthDate", "31.12.1990");
    assertThat(signUp(fields).body()).contains("YYYY-MM-DD");
  }

  @Test
  void controlCharacters() throws InterruptedException {
    String email = email();
    Map<String, String> fields = valid(email.replace("@", "\u0007@"));
    assertThat(signUp(fields).body()).contains("This is not a valid e-mail address");
    assertNothingMailedTo(email);
  }

  @Test
  void invalidUtf8() throws Exception {
    String email = email();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.write("signup%3Aemail=".getBytes(StandardCharsets.US_ASCII));
    body.write(email.replace("@", "%C3%28@").getBytes(StandardCharsets.US_ASCII));
    body.write(
        ("&signup%3Apassword=violet+harbour+tides&signup%3AbirthDate=1990-01-01"
                + "&signup%3Acountry=FI&signup%3Asubmit=x")
            .getBytes(StandardCharsets.US_ASCII));
    HttpResponse<String> response =
        new Http(base).submitFormBytes("/signup", "signup", body.toByteArray());
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body())
        .contains("This is not a valid e-mail address")
        .doesNotContain("Exception");
    assertNothingMailedTo(email);
    assertNothingMailedTo(email.replace("@", "\uFFFD(@"));
  }

  @Test
  void aValidSignUpStillWorksWithoutJavaScript() {
    String email = email();
    HttpResponse<String> response = new Http(base).submitForm("/signup", "signup", valid(email));
    assertThat(response.statusCode()).isEqualTo(302);
    assertThat(TestMail.await(email, 1, Duration.ofSeconds(20))).isNotNull();
  }
}
