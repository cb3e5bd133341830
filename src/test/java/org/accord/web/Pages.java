package org.accord.web;

import java.net.URL;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** Page objects for the account pages: what a user sees and does there. */
public final class Pages {

  private Pages() {}

  /**
   * An address on the deployment, always on the loopback interface: the container reports the
   * machine's network address, where nothing of ours should be reached.
   */
  static String url(URL base, String path) {
    String context = base.getPath().replaceAll("/$", "");
    return "http://127.0.0.1:" + base.getPort() + context + path;
  }

  /** {@code /signup}. */
  public static final class SignUp {
    private final WebDriver driver;

    SignUp(WebDriver driver) {
      this.driver = driver;
    }

    public static SignUp open(WebDriver driver, URL base) {
      driver.get(url(base, "/signup"));
      return new SignUp(driver);
    }

    public SignUp email(String email) {
      type(driver.findElement(By.id("signup:email")), email);
      return this;
    }

    public SignUp password(String password) {
      type(driver.findElement(By.id("signup:password")), password);
      return this;
    }

    public SignUp birthDate(String isoDate) {
      Browser.script(
          "arguments[0].value = arguments[1];",
          driver.findElement(By.id("signup:birthDate")),
          isoDate);
      return this;
    }

    public SignUp country(String code) {
      new Select(driver.findElement(By.id("signup:country"))).selectByValue(code);
      return this;
    }

    /** Ticks the acceptance box of every document in force. */
    /** Ticks the acceptance of every required document (not the marketing boxes). */
    public SignUp acceptAll() {
      for (WebElement box :
          driver.findElements(
              By.cssSelector("#signup input[type=checkbox][id^='signup:accept']"))) {
        if (!box.isSelected()) {
          box.click();
        }
      }
      return this;
    }

    /** Ticks the box of one marketing category. */
    public SignUp optInto(String category) {
      driver.findElement(By.id("signup:marketing-" + category)).click();
      return this;
    }

    /** Submits and waits until the answer has replaced the page. */
    public void submit() {
      WebElement button = driver.findElement(By.id("signup:submit"));
      button.click();
      Browser.awaitReplaced(button);
    }

    /** Waits for the live strength feedback and returns the shown reasons' text. */
    public String liveReasonsAfterTyping() {
      Browser.waitUpTo(5)
          .until(
              d ->
                  !d.findElement(By.cssSelector("#signup .password-feedback .meter-text"))
                      .getText()
                      .isEmpty());
      return driver.findElement(By.cssSelector("#signup .password-feedback .reasons")).getText();
    }

    public String meterValue() {
      return driver
          .findElement(By.cssSelector("#signup .password-feedback meter"))
          .getAttribute("value");
    }

    public String strengthText() {
      return driver.findElement(By.cssSelector("#signup .password-feedback .meter-text")).getText();
    }

    public WebElement passwordInput() {
      return driver.findElement(By.id("signup:password"));
    }

    public void togglePasswordVisibility() {
      driver.findElement(By.cssSelector("button[data-toggle-password]")).click();
    }

    public String fieldErrors(String field) {
      return driver.findElements(By.cssSelector("#signup .field")).stream()
          .filter(f -> !f.findElements(By.id("signup:" + field)).isEmpty())
          .findFirst()
          .map(
              f ->
                  f.findElements(By.cssSelector(".field-error")).stream()
                      .map(WebElement::getText)
                      .reduce("", String::concat))
          .orElse("");
    }
  }

  /** {@code /login}. */
  public static final class Login {
    private final WebDriver driver;

    Login(WebDriver driver) {
      this.driver = driver;
    }

    public static Login open(WebDriver driver, URL base) {
      driver.get(url(base, "/login"));
      return new Login(driver);
    }

    public void signIn(String email, String password) {
      type(driver.findElement(By.id("login:email")), email);
      type(driver.findElement(By.id("login:password")), password);
      WebElement button = driver.findElement(By.id("login:submit"));
      button.click();
      Browser.awaitReplaced(button);
    }

    public void signInAndWait(String email, String password) {
      signIn(email, password);
      Browser.waitUpTo(15).until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }
  }

  /** On the review page, accepts what it asks for (if it asks for anything). */
  static void acceptPendingIfAsked(WebDriver driver) {
    List<WebElement> accept = driver.findElements(By.id("review:accept"));
    if (!accept.isEmpty()) {
      accept.get(0).click();
      Browser.awaitReplaced(accept.get(0));
    }
  }

  static void type(WebElement input, String text) {
    input.clear();
    input.sendKeys(text);
  }

  static String messages(WebDriver driver) {
    return driver.findElement(By.id("messages")).getText();
  }
}
