package org.accord.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import org.accord.testing.TestMail;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * In Chromium: a 14-year-old in Germany signs up and is held on a waiting page; the parent opens
 * the link from the mail they received over SMTP, reads the child-friendly summaries and approves;
 * the child goes on.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ParentalConsentJourneyIT {

  private static final String PASSWORD = "violet harbour tides";

  @ArquillianResource URL base;

  @Test
  void aFourteenYearOldInGermanyGoesOnOnceAParentApproves() {
    new Http(base).signInAsAdmin().ensureDocumentsInForce();
    ChromeDriver driver = Browser.fresh(base);
    String child = "lena." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    String parent = "eltern." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    Pages.SignUp signUp = Pages.SignUp.open(driver, base);
    signUp.email(child).password(PASSWORD);
    signUp.liveReasonsAfterTyping();
    signUp
        .birthDate(LocalDate.now().minusYears(14).minusDays(20).toString())
        .country("DE")
        .acceptAll();
    signUp.submit();
    assertThat(signUp.fieldErrors("parentEmail")).contains("parent or guardian");

    Pages.type(driver.findElement(By.id("signup:parentEmail")), parent);
    signUp.password(PASSWORD);
    signUp.liveReasonsAfterTyping();
    signUp.acceptAll().submit();
    Browser.waitUpTo(10).until(d -> d.getCurrentUrl().contains("/signup-done"));
    driver.get(TestMail.link(TestMail.await(child, 1, Duration.ofSeconds(20)), "/verify"));
    Pages.Login.open(driver, base).signInAndWait(child, PASSWORD);
    driver.get(Pages.url(base, "/account/"));
    assertThat(driver.getCurrentUrl()).contains("/parent/waiting");
    assertThat(driver.findElement(By.id("parent-waiting")).getText())
        .contains("parent or guardian");

    String link =
        TestMail.link(TestMail.await(parent, 1, Duration.ofSeconds(20)), "/parent/consent");
    ChromeDriver parentBrowser = Browser.fresh(base);
    parentBrowser.get(link);
    assertThat(parentBrowser.findElement(By.cssSelector(".lead")).getText()).contains(child);
    assertThat(parentBrowser.findElements(By.cssSelector(".summary.child"))).isNotEmpty();
    WebElement approve = parentBrowser.findElement(By.id("parent:approve"));
    approve.click();
    Browser.awaitReplaced(approve);
    assertThat(parentBrowser.findElement(By.id("parent-approved")).getText()).contains("recorded");

    parentBrowser.get(link);
    assertThat(parentBrowser.findElement(By.id("parent-problem")).getText())
        .contains("already been used");

    Pages.Login.open(driver, base).signInAndWait(child, PASSWORD);
    driver.get(Pages.url(base, "/account/"));
    assertThat(driver.getCurrentUrl()).doesNotContain("/parent/waiting");
    assertThat(driver.findElement(By.id("account-email")).getText()).isEqualTo(child);
  }
}
