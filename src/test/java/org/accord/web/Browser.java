package org.accord.web;

import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Debian Chromium for the whole run, driven through the Debian chromedriver (never
 * downloaded). Each test starts from a clean state with {@link #fresh(URL)}.
 */
public final class Browser {

  private static ChromeDriver driver;

  private Browser() {}

  public static synchronized ChromeDriver fresh(URL base) {
    if (driver == null) {
      driver = start();
      Runtime.getRuntime().addShutdownHook(new Thread(driver::quit));
    }
    driver.get(Pages.url(base, "/"));
    driver.manage().deleteAllCookies();
    browserLog();
    requests();
    return driver;
  }

  private static ChromeDriver start() {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(new File("/usr/bin/chromium"));
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-quic",
        "--no-first-run",
        "--lang=en-US",
        "--window-size=1280,1000",
        // Frames of other sites run in the page's own process, so that the page's network log
        // shows their requests too (the embed consent tests count them).
        "--disable-site-isolation-trials",
        "--disable-features=IsolateOrigins,site-per-process",
        // No real network: names other than the test servers' resolve to nothing.
        "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE 127.0.0.2, EXCLUDE 127.0.0.3, EXCLUDE localhost",
        "--user-data-dir="
            + Path.of(System.getProperty("it.chrome.dataDir", "target/chrome"))
                .resolve(String.valueOf(ProcessHandle.current().pid()))
                .toAbsolutePath());
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    logs.enable(LogType.PERFORMANCE, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File("/usr/bin/chromedriver"))
            .usingAnyFreePort()
            .build();
    ChromeDriver chrome = new ChromeDriver(service, options);
    chrome.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    return chrome;
  }

  /**
   * The addresses the browser requested since the last call (page, resources, frames and their
   * resources), from the DevTools protocol's Network.requestWillBeSent events.
   */
  public static List<String> requests() {
    List<String> urls = new java.util.ArrayList<>();
    for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE).getAll()) {
      try (jakarta.json.JsonReader reader =
          jakarta.json.Json.createReader(new java.io.StringReader(entry.getMessage()))) {
        jakarta.json.JsonObject message = reader.readObject().getJsonObject("message");
        if ("Network.requestWillBeSent".equals(message.getString("method", ""))) {
          urls.add(message.getJsonObject("params").getJsonObject("request").getString("url"));
        }
      }
    }
    return urls;
  }

  /** Console entries since the last call (CSP violations and script errors are SEVERE). */
  public static List<LogEntry> browserLog() {
    return driver.manage().logs().get(LogType.BROWSER).getAll();
  }

  public static WebDriverWait waitUpTo(int seconds) {
    return new WebDriverWait(driver, Duration.ofSeconds(seconds));
  }

  /** Waits until a navigation has replaced the page that held the element. */
  public static void awaitReplaced(WebElement element) {
    try {
      awaitStale(element);
    } catch (TimeoutException e) {
      saveEvidence("not-replaced");
      throw e;
    }
  }

  /** Keeps a screenshot and the page source under target/ for a failed wait. */
  static void saveEvidence(String name) {
    try {
      Path dir = Path.of("target", "browser-evidence");
      Files.createDirectories(dir);
      Files.write(
          dir.resolve(name + "-" + System.nanoTime() + ".png"),
          driver.getScreenshotAs(OutputType.BYTES));
      Files.writeString(
          dir.resolve(name + "-" + System.nanoTime() + ".html"), driver.getPageSource());
    } catch (IOException | RuntimeException ignored) {
      // Evidence is a courtesy; the original failure is what matters.
    }
  }

  private static void awaitStale(WebElement element) {
    waitUpTo(15)
        .until(
            d -> {
              try {
                element.isEnabled();
                return false;
              } catch (StaleElementReferenceException e) {
                return true;
              } catch (WebDriverException e) {
                return false;
              }
            });
    waitUpTo(15).until(d -> "complete".equals(script("return document.readyState")));
  }

  /** What the page's own script gets from an API call: status, content type and body. */
  public static String fetch(String path) {
    return (String)
        ((JavascriptExecutor) driver)
            .executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                    + " fetch(arguments[0], {credentials: 'same-origin'})"
                    + ".then(function (r) { return r.text().then(function (t) {"
                    + " done(r.status + ' ' + r.headers.get('content-type') + ' ' + t); }); })"
                    + ".catch(function (e) { done('failed ' + e); });",
                path);
  }

  public static Object script(String js, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(js, args);
  }
}
