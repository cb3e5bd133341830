package org.accord.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The life of a Terms of Service change in Chromium, from the admin's draft editor to the user: a
 * MATERIAL version sends a signed-in user to review with the changed words highlighted (and the API
 * answers 403 until then); a MINOR version only shows a banner, once; a version effective later is
 * announced by a banner and enforced from its effective time (the server clock is moved). Runs
 * last: it publishes the Terms' newest versions and moves the clock.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@Order(Integer.MAX_VALUE)
class PolicyChangeJourneyIT {

  private static final String PASSWORD = "violet harbour tides";
  private static final DateTimeFormatter LOCAL_INPUT =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm").withZone(ZoneOffset.UTC);

  @ArquillianResource URL base;

  @Test
  void materialMinorAndFutureChangesReachTheUserAsTheRulesSay() {
    new Http(base).signInAsAdmin().ensureDocumentsInForce();
    String user = WebSecurityIT.verifiedUser(new Http(base));

    // 1. MATERIAL: the admin drafts, previews and publishes; the user must review and accept.
    int material =
        publishDraft(
            "MATERIAL",
            "Quarterly transparency reports are now part of these terms.",
            "We now publish quarterly transparency reports.",
            null);

    Http admin = new Http(base).signInAsAdmin();
    assertThat(admin.get("/admin/campaigns").body()).contains("Legal notice of a policy version");

    ChromeDriver driver = signIn(user);
    driver.get(Pages.url(base, "/account/"));
    assertThat(driver.getCurrentUrl()).endsWith("/consent/review");
    String api = Browser.fetch("/api/v1/me/consents");
    assertThat(api)
        .startsWith("403 application/problem+json")
        .contains("\"document\":\"TERMS_OF_SERVICE\"", "\"version\":" + material);
    assertThat(driver.findElement(By.cssSelector(".review-document .summary")).getText())
        .contains("We now publish quarterly transparency reports.");
    List<String> highlighted =
        driver.findElements(By.cssSelector("#diff-TERMS_OF_SERVICE ins")).stream()
            .map(WebElement::getText)
            .toList();
    assertThat(String.join(" ", highlighted)).contains("Quarterly", "transparency", "reports");
    WebElement accept = driver.findElement(By.id("review:accept"));
    accept.click();
    Browser.awaitReplaced(accept);
    assertThat(driver.getCurrentUrl()).contains("/account");
    assertThat(Pages.messages(driver)).contains("Your acceptance is recorded");
    assertThat(Browser.fetch("/api/v1/me/consents")).startsWith("200 ");

    // 2. MINOR: no gate, a banner with the summary and a link to the changes, until dismissed.
    int minor =
        publishDraft(
            "MINOR",
            "Our postal address moved to Tampere.",
            "We corrected our postal address.",
            null);
    driver = signIn(user);
    driver.get(Pages.url(base, "/account/"));
    assertThat(driver.getCurrentUrl()).contains("/account").doesNotContain("/consent/review");
    WebElement banner = driver.findElement(By.id("notice-terms-" + minor));
    assertThat(banner.getText()).contains("We corrected our postal address.");
    banner.findElement(By.linkText("See what changed")).click();
    Browser.waitUpTo(15).until(ExpectedConditions.urlContains("/legal/terms"));
    assertThat(driver.getCurrentUrl()).contains("version=" + minor, "compare=" + material);
    assertThat(driver.findElement(By.id("legal-diff")).getText()).contains("Tampere");
    assertThat(driver.findElements(By.cssSelector("#legal-diff ins"))).isNotEmpty();

    driver.get(Pages.url(base, "/account/"));
    WebElement dismiss =
        driver
            .findElement(By.id("notice-terms-" + minor))
            .findElement(By.cssSelector("input[type=submit]"));
    dismiss.click();
    Browser.awaitReplaced(dismiss);
    assertThat(driver.findElements(By.id("notice-terms-" + minor))).isEmpty();
    driver.get(Pages.url(base, "/account/consents"));
    assertThat(driver.findElements(By.cssSelector(".policy-notice"))).isEmpty();

    // 3. A MATERIAL version effective in two days: announced now, enforced from then.
    Instant effective = TestClock.now(base).plus(Duration.ofDays(2));
    int future =
        publishDraft(
            "MATERIAL",
            "Disputes are settled in the courts of Helsinki.",
            "We name the court for disputes.",
            effective);
    driver = signIn(user);
    driver.get(Pages.url(base, "/account/"));
    assertThat(driver.getCurrentUrl()).contains("/account").doesNotContain("/consent/review");
    WebElement announced = driver.findElement(By.id("notice-terms-" + future));
    assertThat(announced.getText())
        .contains("a new version takes effect on", "We name the court for disputes.")
        .contains("you will be asked to accept it");
    assertThat(announced.getAttribute("class")).contains("upcoming");

    TestClock.advance(base, Duration.ofDays(3).toSeconds());
    driver.get(Pages.url(base, "/account/"));
    assertThat(driver.getCurrentUrl()).endsWith("/consent/review");
    assertThat(driver.findElement(By.cssSelector(".review-document h2")).getText())
        .contains("version " + future);
    Pages.acceptPendingIfAsked(driver);
    driver.get(Pages.url(base, "/account/"));
    assertThat(driver.getCurrentUrl()).contains("/account").doesNotContain("/consent/review");
  }

  private ChromeDriver signIn(String email) {
    ChromeDriver driver = Browser.fresh(base);
    Pages.Login.open(driver, base).signInAndWait(email, PASSWORD);
    return driver;
  }

  /**
   * As the admin, in the browser: drafts the next version of the Terms with a new first paragraph,
   * watches the live preview, saves, checks the changes and publishes. Returns the version.
   */
  private int publishDraft(String change, String paragraph, String summary, Instant effective) {
    ChromeDriver driver = Browser.fresh(base);
    Pages.Login.open(driver, base)
        .signInAndWait(
            System.getProperty("it.admin.email"), System.getProperty("it.admin.password"));
    driver.get(Pages.url(base, "/consent/review"));
    Pages.acceptPendingIfAsked(driver);
    driver.get(Pages.url(base, "/admin/policies/draft?kind=TERMS_OF_SERVICE"));
    List<WebElement> start = driver.findElements(By.id("start:submit"));
    if (!start.isEmpty()) {
      start.get(0).click();
      Browser.awaitReplaced(start.get(0));
    }
    WebElement markdown = driver.findElement(By.id("draft:markdown-en"));
    String text = markdown.getDomProperty("value");
    Browser.script(
        "arguments[0].value = arguments[1];"
            + " arguments[0].dispatchEvent(new Event('input', {bubbles: true}));",
        markdown,
        text.replaceFirst("\n\n", "\n\n" + paragraph + "\n\n"));
    Browser.waitUpTo(15)
        .until(d -> d.findElement(By.id("preview-en")).getText().contains(paragraph));
    for (String language : List.of("en", "fi")) {
      Pages.type(driver.findElement(By.id("draft:summary-" + language)), summary);
    }
    driver
        .findElement(By.cssSelector("input[name='draft:change'][value='" + change + "']"))
        .click();
    WebElement save = driver.findElement(By.id("draft:save"));
    save.click();
    Browser.awaitReplaced(save);
    expectMessage(driver, "The draft is saved.");
    assertThat(driver.findElement(By.id("diff-en")).getText()).contains(paragraph);
    assertThat(driver.findElements(By.cssSelector("#diff-en ins"))).isNotEmpty();

    WebElement toPublish = driver.findElement(By.id("to-publish"));
    toPublish.click();
    Browser.awaitReplaced(toPublish);
    String heading = driver.findElement(By.cssSelector(".content h2")).getText();
    int version = Integer.parseInt(heading.replaceAll(".*Version (\\d+).*", "$1"));
    assertThat(driver.findElement(By.id("publish-diff")).getText()).contains(paragraph);
    if (effective != null) {
      Browser.script(
          "arguments[0].value = arguments[1];",
          driver.findElement(By.id("publish:effective")),
          LOCAL_INPUT.format(effective));
    }
    driver.findElement(By.id("publish:confirm")).click();
    WebElement publish = driver.findElement(By.id("publish:submit"));
    publish.click();
    Browser.awaitReplaced(publish);
    expectMessage(driver, "Published TERMS_OF_SERVICE version " + version);
    return version;
  }

  private static void expectMessage(ChromeDriver driver, String message) {
    if (!Pages.messages(driver).contains(message)) {
      Browser.saveEvidence("no-message");
      assertThat(driver.findElement(By.tagName("main")).getText()).contains(message);
    }
  }
}
