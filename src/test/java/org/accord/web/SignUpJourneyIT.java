package org.accord.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.time.Duration;
import java.util.UUID;
import org.accord.testing.TestMail;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/** A newcomer signs up in Chromium, confirms the address from the mail, and signs in. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SignUpJourneyIT {

  @ArquillianResource URL base;

  @Test
  void signUpVerifyAndSignIn() {
    // Arrange
    ChromeDriver driver = Browser.fresh(base);
    String email = "maija." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    Pages.SignUp signUp = Pages.SignUp.open(driver, base);

    // Act: a breached password gets live feedback while typing
    signUp.email(email).password("password1");
    assertThat(signUp.liveReasonsAfterTyping()).contains("lists of passwords known to attackers");

    // ... and a passphrase is welcome; show/hide works
    signUp.password("violet harbour tides");
    Browser.waitUpTo(5)
        .until(d -> "4".equals(signUp.meterValue()) || "3".equals(signUp.meterValue()));
    assertThat(signUp.strengthText()).containsAnyOf("Strong", "Very strong");
    signUp.togglePasswordVisibility();
    assertThat(signUp.passwordInput().getAttribute("type")).isEqualTo("text");
    signUp.togglePasswordVisibility();
    assertThat(signUp.passwordInput().getAttribute("type")).isEqualTo("password");

    signUp.birthDate("1990-05-17").country("FI").acceptAll().submit();

    // Assert: told to check the mail, which arrives over real SMTP
    Browser.waitUpTo(10).until(d -> d.getCurrentUrl().contains("/signup-done"));
    assertThat(Pages.messages(driver)).contains(email);
    MimeMessage mail = TestMail.await(email, 1, Duration.ofSeconds(20));
    driver.get(TestMail.link(mail, "/verify"));
    assertThat(driver.findElement(By.id("verify-result")).getText()).contains("confirmed");

    Pages.Login.open(driver, base).signInAndWait(email, "violet harbour tides");
    assertThat(driver.findElement(By.id("account-email")).getText()).isEqualTo(email);
  }

  @Test
  void eachExamplePasswordIsRefusedWithItsReasonOnSubmit() {
    ChromeDriver driver = Browser.fresh(base);
    String email = "pekka" + UUID.randomUUID().toString().substring(0, 6) + "@example.org";
    String localPart = email.substring(0, email.indexOf('@'));
    String[][] cases = {
      {"12345678", "simple sequence"},
      {"password1", "known to attackers"},
      {"accord2026", "name of this service"},
      {localPart + "123", "your e-mail address"}
    };
    for (String[] c : cases) {
      Pages.SignUp signUp = Pages.SignUp.open(driver, base);
      signUp.email(email).password(c[0]);
      // As a person would: the live feedback appears (and moves the button) before they click.
      assertThat(signUp.liveReasonsAfterTyping()).as(c[0]).contains(c[1]);
      signUp.birthDate("1985-02-03").country("SE").acceptAll().submit();
      assertThat(signUp.fieldErrors("password")).as(c[0]).contains(c[1]);
      assertThat(driver.getCurrentUrl()).contains("/signup");
    }
    assertThat(TestMail.to(email)).isEmpty();
  }

  @Test
  void badInputIsExplainedAtTheFieldAndNothingIsStored() {
    ChromeDriver driver = Browser.fresh(base);
    Pages.SignUp signUp = Pages.SignUp.open(driver, base);
    Browser.script(
        "document.getElementById('signup:email').type='text';"
            + "document.getElementById('signup:birthDate').type='text';");
    signUp.email("not-an-address").password("violet harbour tides").country("FI");
    driver.findElement(By.id("signup:birthDate")).sendKeys("2999-01-01");
    signUp.submit();

    assertThat(signUp.fieldErrors("email")).contains("not a valid e-mail address");
    assertThat(signUp.fieldErrors("birthDate")).contains("cannot be in the future");
  }

  @Test
  void theSignUpPageSpeaksFinnish() {
    ChromeDriver driver = Browser.fresh(base);
    driver.get(Pages.url(base, "/signup?lang=fi"));
    assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Luo tili");
    assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("fi");
    driver.get(Pages.url(base, "/signup?lang=en"));
    assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Create your account");
  }
}
