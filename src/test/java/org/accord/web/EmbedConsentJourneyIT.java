package org.accord.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.accord.embed.EmbedProvider;
import org.accord.embed.TestRegister;
import org.accord.media.TestImages;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;

/**
 * The viewer's journey in Chromium, with the browser's own network log (C6): nothing goes to
 * another origin before consent; the consent screen lists every register domain of each provider;
 * Accept requests the embed frames, Reject none; the choice is remembered until it expires. And a
 * PRO owner's image framed by their own site (a second loopback origin) skips the notice, framed
 * anywhere else it shows.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EmbedConsentJourneyIT {

  @ArquillianResource URL base;

  private String origin() {
    return "http://127.0.0.1:" + base.getPort();
  }

  private String imageWithYoutubeAndVimeo(Http owner) {
    String id = MediaPagesIT.uploaded(owner, "Festival", TestImages.png(120, 80));
    MediaPagesIT.tag(owner, id, "Opening video", MediaPagesIT.YOUTUBE);
    MediaPagesIT.tag(owner, id, "Interview", MediaPagesIT.VIMEO);
    return id;
  }

  private List<String> elsewhere(List<String> requests) {
    return requests.stream()
        .filter(u -> !u.startsWith(origin()) && !u.startsWith("data:"))
        .toList();
  }

  private static void noSeriousViolations(ChromeDriver driver) {
    Results results = new AxeBuilder().analyze(driver);
    List<Rule> bad =
        results.getViolations().stream()
            .filter(r -> "serious".equals(r.getImpact()) || "critical".equals(r.getImpact()))
            .toList();
    assertThat(bad)
        .as("axe violations: %s", bad.stream().map(r -> r.getId() + " " + r.getNodes()).toList())
        .isEmpty();
  }

  @Test
  void nothingLeavesTheBrowserBeforeConsentAndTheChoiceIsRememberedUntilItExpires() {
    String id = imageWithYoutubeAndVimeo(MediaPagesIT.owner(base));
    ChromeDriver driver = Browser.fresh(base);

    driver.get(Pages.url(base, "/media/" + id));
    WebElement consent = driver.findElement(By.id("embed-consent"));
    assertThat(consent.isDisplayed()).isTrue();
    List<String> beforeConsent = Browser.requests();
    // The log is read at all (the page and its own resources are in it), and nothing else is.
    assertThat(beforeConsent)
        .anyMatch(u -> u.startsWith(origin() + "/media/" + id))
        .anyMatch(u -> u.startsWith(origin() + "/media/" + id + "/image"));
    assertThat(elsewhere(beforeConsent)).isEmpty();
    for (String provider : List.of("youtube", "vimeo")) {
      EmbedProvider registered = TestRegister.provider(provider);
      List<String> listed =
          driver
              .findElements(By.cssSelector("li[data-provider='" + provider + "'] .domain"))
              .stream()
              .map(WebElement::getText)
              .toList();
      assertThat(listed).containsExactlyElementsOf(registered.domains());
    }
    assertThat(driver.findElements(By.tagName("iframe"))).isEmpty();

    WebElement accept = driver.findElement(By.id("consent-accept"));
    WebElement reject = driver.findElement(By.id("consent-reject"));
    assertThat(reject.getSize()).isEqualTo(accept.getSize());
    assertThat(reject.getCssValue("font-weight")).isEqualTo(accept.getCssValue("font-weight"));
    assertThat(reject.getCssValue("background-color"))
        .isEqualTo(accept.getCssValue("background-color"));
    assertThat(reject.getAttribute("class")).isEqualTo(accept.getAttribute("class"));
    noSeriousViolations(driver);

    // Keyboard: Tab reaches Accept and then Reject.
    driver.findElement(By.id("embed-consent-title")).click();
    String focused = "";
    for (int i = 0; i < 40 && !focused.equals("consent-accept"); i++) {
      new Actions(driver).sendKeys(Keys.TAB).perform();
      focused = (String) Browser.script("return document.activeElement.id");
    }
    assertThat(focused).isEqualTo("consent-accept");
    new Actions(driver).sendKeys(Keys.TAB).perform();
    assertThat(Browser.script("return document.activeElement.id")).isEqualTo("consent-reject");

    Browser.requests();
    accept.click();
    Browser.awaitReplaced(accept);
    Browser.waitUpTo(10).until(d -> d.findElements(By.tagName("iframe")).size() == 2);
    List<String> afterAccept = elsewhere(awaitRequests(2));
    assertThat(afterAccept)
        .anyMatch(u -> u.startsWith("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"))
        .anyMatch(u -> u.startsWith("https://player.vimeo.com/video/76979871"));
    noSeriousViolations(driver);

    driver.navigate().refresh();
    assertThat(driver.findElements(By.id("embed-consent"))).isEmpty();
    assertThat(elsewhere(awaitRequests(2))).isNotEmpty();

    driver.findElement(By.id("privacy-settings")).click();
    Browser.waitUpTo(10).until(d -> d.findElements(By.tagName("iframe")).size() == 2);
    // Withdrawing removes the loaded frames at once, before the server has answered: hold the
    // form back once to look.
    Browser.script(
        "document.querySelector('form[data-consent-form]').addEventListener('submit',"
            + " function (e) { e.preventDefault(); }, { once: true });");
    driver.findElement(By.id("consent-reject")).click();
    assertThat(driver.findElements(By.tagName("iframe"))).isEmpty();
    assertThat(driver.findElements(By.id("consent-reject"))).isNotEmpty();
    WebElement withdraw = driver.findElement(By.id("consent-reject"));
    Browser.requests();
    withdraw.click();
    Browser.awaitReplaced(withdraw);
    assertThat(driver.findElements(By.tagName("iframe"))).isEmpty();
    assertThat(driver.findElements(By.cssSelector(".embed-placeholder"))).hasSize(2);
    List<String> afterReject = Browser.requests();
    assertThat(afterReject).anyMatch(u -> u.startsWith(origin() + "/media/" + id));
    assertThat(elsewhere(afterReject)).isEmpty();

    driver.findElement(By.id("privacy-settings")).click();
    WebElement again = driver.findElement(By.id("consent-accept"));
    again.click();
    Browser.awaitReplaced(again);
    assertThat(elsewhere(awaitRequests(2))).isNotEmpty();

    // Just before the decision expires the page is still the accepted one (and may be reused);
    // two seconds after, it asks again, although pages are otherwise reused for 10 seconds.
    TestClock.advance(base, Duration.ofDays(180).minusSeconds(6).toSeconds());
    driver.navigate().refresh();
    assertThat(driver.findElements(By.tagName("iframe"))).hasSize(2);
    TestClock.advance(base, 8);
    Browser.requests();
    driver.navigate().refresh();
    assertThat(driver.findElement(By.id("embed-consent")).isDisplayed()).isTrue();
    assertThat(driver.findElements(By.tagName("iframe"))).isEmpty();
    List<String> afterExpiry = Browser.requests();
    assertThat(afterExpiry).anyMatch(u -> u.startsWith(origin() + "/media/" + id));
    assertThat(elsewhere(afterExpiry)).isEmpty();
  }

  /** Frames load after the page; waits a little for their requests to show in the log. */
  private List<String> awaitRequests(int atLeastElsewhere) {
    List<String> seen = new java.util.ArrayList<>();
    long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (System.nanoTime() < until) {
      seen.addAll(Browser.requests());
      if (elsewhere(seen).size() >= atLeastElsewhere) {
        break;
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    return seen;
  }

  /** A page on another loopback origin that frames the image, like an owner's own site. */
  private static HttpServer site(String host, String framed) throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress(host, 0), 0);
    byte[] page =
        ("<!DOCTYPE html><html lang=\"en\"><head><title>Site</title></head><body>"
                + "<iframe id=\"accord\" title=\"Interactive image\" width=\"700\" height=\"900\""
                + " src=\""
                + framed
                + "\"></iframe></body></html>")
            .getBytes(StandardCharsets.UTF_8);
    server.createContext(
        "/",
        exchange -> {
          exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
          exchange.sendResponseHeaders(200, page.length);
          exchange.getResponseBody().write(page);
          exchange.close();
        });
    server.start();
    return server;
  }

  @Test
  void aProOwnersImageFramedByTheirSiteShowsNoNoticeAndFramedElsewhereItDoes() throws Exception {
    Http owner = new Http(base);
    String email = WebSecurityIT.verifiedUser(owner);
    owner.signIn(email, "violet harbour tides");
    String id = imageWithYoutubeAndVimeo(owner);
    String embed = origin() + "/embed/" + id;
    HttpServer own = site("127.0.0.2", embed);
    HttpServer other = site("127.0.0.3", embed);
    try {
      String ownOrigin = "http://127.0.0.2:" + own.getAddress().getPort();
      MediaSettingsIT.setPlan(base, email, "PRO");
      owner.submitForm(
          "/account/media-settings",
          "settings",
          Map.of("noticeOff", "on", "origins", ownOrigin, "confirm", "on", "save", "Save"));

      ChromeDriver driver = Browser.fresh(base);
      driver.get(ownOrigin + "/");
      driver.switchTo().frame("accord");
      Browser.waitUpTo(10).until(d -> !d.findElements(By.id("stage")).isEmpty());
      assertThat(driver.findElements(By.id("embed-consent"))).isEmpty();
      assertThat(driver.findElements(By.tagName("iframe"))).hasSize(2);
      driver.switchTo().defaultContent();

      driver.get("http://127.0.0.3:" + other.getAddress().getPort() + "/");
      Browser.requests();
      driver.switchTo().frame("accord");
      Browser.waitUpTo(10).until(d -> !d.findElements(By.id("stage")).isEmpty());
      assertThat(driver.findElement(By.id("embed-consent")).isDisplayed()).isTrue();
      assertThat(driver.findElements(By.tagName("iframe"))).isEmpty();
      noSeriousViolations(driver);
      driver.switchTo().defaultContent();

      MediaSettingsIT.setPlan(base, email, "FREE");
      driver.get(ownOrigin + "/");
      driver.switchTo().frame("accord");
      Browser.waitUpTo(10).until(d -> !d.findElements(By.id("stage")).isEmpty());
      assertThat(driver.findElement(By.id("embed-consent")).isDisplayed()).isTrue();
      driver.switchTo().defaultContent();
    } finally {
      own.stop(0);
      other.stop(0);
    }
  }
}
