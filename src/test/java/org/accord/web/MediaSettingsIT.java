package org.accord.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.accord.media.TestImages;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Advanced Media Settings (C6): only PRO and PREMIUM owners switch the notice off, only for frames
 * on the sites they name, and a downgrade turns it back on.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MediaSettingsIT {

  private static final String OWN_SITE = "http://127.0.0.2:8999";

  @ArquillianResource URL base;

  /** The embed page as a browser requests it inside an iframe on the given page. */
  private HttpResponse<String> framedBy(String id, String page) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create(Pages.url(base, "/embed/" + id)))
                .header("Referer", page)
                .header("Sec-Fetch-Dest", "iframe")
                .build(),
            HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> switchOff(Http owner, String origins, boolean confirm) {
    return owner.submitForm(
        "/account/media-settings",
        "settings",
        confirm
            ? Map.of("noticeOff", "on", "origins", origins, "confirm", "on", "save", "Save")
            : Map.of("noticeOff", "on", "origins", origins, "save", "Save"));
  }

  /** As the admin, sets an account's plan at /admin/accounts. */
  static void setPlan(URL base, String email, String plan) {
    Http admin = new Http(base).signInAsAdmin();
    admin.submitForm(
        "/admin/accounts?email=" + email, "plan", Map.of("value", plan, "save", "Save plan"));
    assertThat(admin.get("/admin/accounts?email=" + email).body())
        .contains("id=\"account-plan\">" + plan.charAt(0) + plan.substring(1).toLowerCase());
  }

  @Test
  void aProOwnersImageFramedByTheirOwnSiteSkipsTheNoticeAndNowhereElse() throws Exception {
    Http owner = new Http(base);
    String email = WebSecurityIT.verifiedUser(owner);
    owner.signIn(email, "violet harbour tides");
    String id = MediaPagesIT.uploaded(owner, "Tour", TestImages.png(40, 30));
    MediaPagesIT.tag(owner, id, "Video", MediaPagesIT.YOUTUBE);

    assertThat(owner.get("/account/media-settings").body())
        .contains("id=\"media-settings-plan\"", "Your plan is Free")
        .contains("disabled=\"disabled\"");
    assertThat(switchOff(owner, OWN_SITE, true).body())
        .contains("Switching off the notice is part of the Pro and Premium plans.");
    assertThat(framedBy(id, OWN_SITE + "/page.html").body()).contains("id=\"embed-consent\"");

    setPlan(base, email, "PRO");
    assertThat(switchOff(owner, OWN_SITE, false).body())
        .contains("Tick the confirmation to switch the notice off.");
    assertThat(switchOff(owner, "ftp://example.org/x", true).body())
        .contains("Give each site as https://host or https://host:port, without a path.");
    assertThat(owner.get("/account/media-settings").body())
        .contains("The consent notice shows wherever your images are embedded.");
    switchOff(owner, OWN_SITE, true);
    assertThat(owner.get("/account/media-settings").body())
        .contains("The consent notice is off when your images are framed by: [" + OWN_SITE + "]");
    assertThat(owner.get("/api/v1/me/consents").body())
        .contains("\"purpose\":\"EMBED_NOTICE_WAIVER\"", "\"decision\":\"GIVEN\"");

    HttpResponse<String> own = framedBy(id, OWN_SITE + "/gallery/page.html");
    assertThat(own.body())
        .doesNotContain("id=\"embed-consent\"")
        .contains("youtube-nocookie.com/embed");
    assertThat(own.headers().firstValue("Content-Security-Policy").orElse(""))
        .contains("frame-ancestors " + OWN_SITE, "frame-src https://www.youtube-nocookie.com");
    assertThat(framedBy(id, "http://127.0.0.3:8999/page.html").body())
        .contains("id=\"embed-consent\"")
        .doesNotContain("<iframe");
    assertThat(new Http(base).get("/embed/" + id).body()).contains("id=\"embed-consent\"");
    assertThat(new Http(base).get("/media/" + id).body()).contains("id=\"embed-consent\"");

    setPlan(base, email, "FREE");
    assertThat(framedBy(id, OWN_SITE + "/page.html").body()).contains("id=\"embed-consent\"");
    assertThat(owner.get("/account/media-settings").body())
        .contains("The consent notice shows wherever your images are embedded.");
    assertThat(owner.get("/api/v1/me/consents").body()).contains("\"decision\":\"WITHDRAWN\"");
  }
}
