package org.accord.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import org.accord.media.TestImages;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;

/**
 * An owner in Chromium (C6): uploads an image (a refused file first), places a tag by clicking on
 * the image, gives it an embed link, sees it on the viewer and copies the embed snippet.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MediaOwnerJourneyIT {

  @ArquillianResource URL base;

  @Test
  void anOwnerUploadsTagsAndEmbedsAnImage() throws Exception {
    Http http = new Http(base);
    String email = WebSecurityIT.verifiedUser(http);
    ChromeDriver driver = Browser.fresh(base);
    Pages.Login.open(driver, base).signInAndWait(email, "violet harbour tides");
    Pages.acceptPendingIfAsked(driver);

    Path dir = Files.createTempDirectory("accord-upload");
    Path fake = dir.resolve("holiday.jpg");
    Files.writeString(fake, "<svg xmlns=\"http://www.w3.org/2000/svg\"></svg>");
    Path photo = dir.resolve("harbour.jpg");
    Files.write(photo, TestImages.jpegWithGps(400, 300, 1));

    driver.get(Pages.url(base, "/media"));
    driver.findElement(By.id("upload:title")).sendKeys("Harbour");
    driver.findElement(By.id("upload:file")).sendKeys(fake.toString());
    WebElement submit = driver.findElement(By.id("upload:submit"));
    submit.click();
    Browser.awaitReplaced(submit);
    assertThat(driver.findElement(By.cssSelector(".field-error")).getText())
        .contains("SVG drawings cannot be uploaded");

    driver.findElement(By.id("upload:title")).clear();
    driver.findElement(By.id("upload:title")).sendKeys("Harbour");
    driver.findElement(By.id("upload:file")).sendKeys(photo.toString());
    submit = driver.findElement(By.id("upload:submit"));
    submit.click();
    Browser.awaitReplaced(submit);
    Browser.waitUpTo(10).until(d -> d.getCurrentUrl().endsWith("/edit"));
    assertThat(driver.findElement(By.id("messages")).getText()).contains("is uploaded");

    WebElement image = driver.findElement(By.cssSelector("#stage img"));
    new Actions(driver).moveToElement(image, image.getSize().width / 4, 0).click().perform();
    String x = driver.findElement(By.id("tag:x")).getAttribute("value");
    String y = driver.findElement(By.id("tag:y")).getAttribute("value");
    assertThat(Double.parseDouble(x)).isBetween(70.0, 80.0);
    assertThat(Double.parseDouble(y)).isBetween(45.0, 55.0);
    driver.findElement(By.id("tag:label")).sendKeys("Ferry timetable video");
    driver.findElement(By.id("tag:link")).sendKeys(MediaPagesIT.YOUTUBE);
    WebElement add = driver.findElement(By.id("tag:add"));
    add.click();
    Browser.awaitReplaced(add);
    assertThat(driver.findElement(By.id("tag-list")).getText())
        .contains("Ferry timetable video", "YouTube: " + MediaPagesIT.YOUTUBE);
    WebElement marker = driver.findElement(By.cssSelector("#stage .tag-marker"));
    assertThat(marker.getCssValue("left")).endsWith("px");

    String snippet = driver.findElement(By.id("snippet")).getAttribute("value");
    assertThat(snippet).startsWith("<iframe src=\"").contains("/embed/", "title=\"Harbour\"");

    driver.findElement(By.id("view-link")).click();
    Browser.waitUpTo(10).until(d -> !d.findElements(By.id("embed-consent")).isEmpty());
    assertThat(driver.findElement(By.cssSelector(".viewer-tag")).getText())
        .contains("Ferry timetable video", "Content from YouTube is not loaded.");
    assertThat(Browser.browserLog())
        .noneMatch(e -> e.getMessage().contains("Content Security Policy"));
  }
}
