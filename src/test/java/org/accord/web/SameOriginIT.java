package org.accord.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import org.accord.testing.TestMail;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;

/**
 * Visits every page, anonymous, signed in and as admin, and fails on any script, style, font,
 * image, frame or fetch from another origin, on any CSP violation and on any script error (C7).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SameOriginIT {

  static final List<String> PUBLIC_PAGES =
      List.of(
          "/",
          "/?lang=fi",
          "/signup",
          "/signup-done",
          "/login",
          "/login?expired=true",
          "/verify?token=not-a-token",
          "/password/forgot",
          "/password/reset?token=not-a-token",
          "/legal/terms",
          "/legal/privacy",
          "/error/400.xhtml",
          "/error/500.xhtml",
          "/error/expired.xhtml");
  static final List<String> ACCOUNT_PAGES =
      List.of(
          "/account/",
          "/account/password",
          "/account/consents",
          "/account/details",
          "/account/privacy",
          "/account/media-settings",
          "/media",
          "/consent/review");
  static final List<String> ADMIN_PAGES =
      List.of(
          "/admin/",
          "/admin/outbox",
          "/admin/policies",
          "/admin/audit",
          "/admin/ledger",
          "/admin/accounts",
          "/admin/providers",
          "/admin/ages",
          "/admin/campaigns");

  @ArquillianResource URL base;

  @Test
  void everyPageLoadsOnlyFromItsOwnOrigin() {
    ChromeDriver driver = Browser.fresh(base);
    List<String> problems = new ArrayList<>();
    PUBLIC_PAGES.forEach(page -> visit(driver, page, problems));
    visitNotFound(driver, problems);
    // An interactive image with embed tags, before anyone consents: viewer and embed page.
    Http owner = MediaPagesIT.owner(base);
    String image = MediaPagesIT.uploaded(owner, "Crawled", org.accord.media.TestImages.png(60, 40));
    MediaPagesIT.tag(owner, image, "Video", MediaPagesIT.YOUTUBE);
    visit(driver, "/media/" + image, problems);
    visit(driver, "/embed/" + image, problems);

    String email = "crawler-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    Pages.SignUp.open(driver, base)
        .email(email)
        .password("violet harbour tides")
        .birthDate("1980-01-01")
        .country("FI")
        .acceptAll()
        .submit();
    Browser.waitUpTo(10).until(d -> d.getCurrentUrl().contains("/signup-done"));
    driver.get(TestMail.link(TestMail.await(email, 1, Duration.ofSeconds(20)), "/verify"));
    Pages.Login.open(driver, base).signInAndWait(email, "violet harbour tides");
    ACCOUNT_PAGES.forEach(page -> visit(driver, page, problems));

    driver.manage().deleteAllCookies();
    Pages.Login.open(driver, base)
        .signInAndWait(
            System.getProperty("it.admin.email"), System.getProperty("it.admin.password"));
    visit(driver, "/consent/review", problems);
    Pages.acceptPendingIfAsked(driver);
    ADMIN_PAGES.forEach(page -> visit(driver, page, problems));

    // The ledger verification runs in the background; the page follows it and shows the result.
    driver.get(Pages.url(base, "/admin/ledger"));
    WebElement start = driver.findElement(By.id("verify:start"));
    start.click();
    Browser.awaitReplaced(start);
    Browser.waitUpTo(30)
        .until(d -> d.findElements(By.id("ledger-result")).size() == 1 || reload(d));
    assertThat(driver.findElement(By.id("ledger-result")).getText())
        .contains("The ledger verifies");
    check(driver, "/admin/ledger (after a run)", problems, false);

    assertThat(problems).isEmpty();
  }

  /** The page reloads itself when the run ends; a run that ended before it loaded needs one. */
  private static boolean reload(WebDriver driver) {
    if (!"true".equals(driver.findElement(By.id("ledger-status")).getAttribute("data-running"))) {
      driver.navigate().refresh();
    }
    return false;
  }

  private void visit(ChromeDriver driver, String page, List<String> problems) {
    driver.get(Pages.url(base, page));
    check(driver, page, problems, false);
  }

  private void visitNotFound(ChromeDriver driver, List<String> problems) {
    driver.get(Pages.url(base, "/no/such/page"));
    check(driver, "/no/such/page", problems, true);
  }

  @SuppressWarnings("unchecked")
  private void check(ChromeDriver driver, String page, List<String> problems, boolean expect404) {
    Browser.waitUpTo(10)
        .until(d -> "complete".equals(Browser.script("return document.readyState")));
    String origin = origin(Pages.url(base, "/"));
    List<String> urls =
        (List<String>)
            Browser.script(
                "return performance.getEntriesByType('resource').map(e => e.name)"
                    + ".concat(Array.from(document.querySelectorAll('script[src],link[href],img[src],iframe[src],source[src],video[src],audio[src],object[data]'))"
                    + ".map(e => e.src || e.href || e.data));");
    for (String url : urls) {
      if (!url.startsWith("data:") && !origin(url).equals(origin)) {
        problems.add(page + " loads " + url);
      }
    }
    for (LogEntry entry : Browser.browserLog()) {
      boolean expected = expect404 && entry.getMessage().contains("404");
      if (entry.getLevel().intValue() >= Level.SEVERE.intValue() && !expected) {
        problems.add(page + " console: " + entry.getMessage());
      }
    }
  }

  private static String origin(String url) {
    URI uri = URI.create(url);
    return uri.getScheme() + "://" + uri.getAuthority();
  }
}
