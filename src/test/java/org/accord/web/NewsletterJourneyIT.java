package org.accord.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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

/**
 * In Chromium: an adult ticks the newsletter at sign-up (nothing is ticked for them), sees it in
 * the privacy settings, receives it over SMTP, and their mail client's one-click POST to the
 * address in the List-Unsubscribe header unsubscribes them; a marketing send afterwards sends
 * nothing.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NewsletterJourneyIT {

  private static final String PASSWORD = "violet harbour tides";

  @ArquillianResource URL base;

  @Test
  void anAdultOptsInAtSignUpAndUnsubscribesWithOneClickFromTheMail() throws Exception {
    ChromeDriver driver = Browser.fresh(base);
    String email = "aino." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    Pages.SignUp signUp = Pages.SignUp.open(driver, base);
    assertThat(driver.findElement(By.id("signup:marketing-NEWSLETTER")).isSelected()).isFalse();
    assertThat(driver.findElement(By.id("signup:marketing-PRODUCT_UPDATES")).isSelected())
        .isFalse();
    signUp.email(email).password(PASSWORD);
    signUp.liveReasonsAfterTyping();
    signUp.birthDate("1991-04-12").country("FI").acceptAll().optInto("NEWSLETTER").submit();
    Browser.waitUpTo(10).until(d -> d.getCurrentUrl().contains("/signup-done"));
    driver.get(TestMail.link(TestMail.await(email, 1, Duration.ofSeconds(20)), "/verify"));
    Pages.Login.open(driver, base).signInAndWait(email, PASSWORD);

    driver.get(Pages.url(base, "/account/privacy"));
    assertThat(driver.findElement(By.id("category-NEWSLETTER")).getText())
        .contains("You receive these e-mails.");
    assertThat(driver.findElement(By.id("category-PRODUCT_UPDATES")).getText())
        .contains("You do not receive these e-mails.");

    Http server = new Http(base);
    String marketing = "/api/v1/test/marketing?email=" + email + "&code=NEWSLETTER";
    assertThat(server.postRaw(marketing, "text/plain", new byte[0]).body()).isEqualTo("queued");
    MimeMessage newsletter = TestMail.await(email, 2, Duration.ofSeconds(20));
    String header = newsletter.getHeader("List-Unsubscribe", null);
    String address = header.substring(1, header.length() - 1);
    HttpResponse<String> oneClick =
        new Http(base)
            .postRaw(
                address.substring(address.indexOf("/unsubscribe")),
                "application/x-www-form-urlencoded",
                "List-Unsubscribe=One-Click".getBytes(StandardCharsets.US_ASCII));
    assertThat(oneClick.statusCode()).isEqualTo(200);

    driver.navigate().refresh();
    assertThat(driver.findElement(By.id("category-NEWSLETTER")).getText())
        .contains("You do not receive these e-mails.");
    driver.get(Pages.url(base, "/account/consents"));
    assertThat(driver.findElement(By.id("consents")).getText()).contains("Unsubscribe link");

    assertThat(server.postRaw(marketing, "text/plain", new byte[0]).body()).isEqualTo("refused");
    Thread.sleep(1000);
    assertThat(TestMail.to(email)).hasSize(2);
  }
}
