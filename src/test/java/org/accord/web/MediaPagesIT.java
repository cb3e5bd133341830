package org.accord.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.accord.media.TestImages;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Owners' images over HTTP (C6): uploads judged by content, tags with embed links, the viewer that
 * loads nothing from elsewhere before consent, and its decisions.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MediaPagesIT {

  static final String YOUTUBE = "https://www.youtube.com/watch?v=dQw4w9WgXcQ";
  static final String VIMEO = "https://vimeo.com/76979871";
  private static final Pattern EDIT = Pattern.compile("/media/([A-Za-z0-9_-]{22})/edit");

  @ArquillianResource URL base;

  static Http owner(URL base) {
    Http http = new Http(base);
    String email = WebSecurityIT.verifiedUser(http);
    http.signIn(email, "violet harbour tides");
    return http;
  }

  static HttpResponse<String> upload(
      Http http, String title, String name, String type, byte[] file) {
    return http.upload(
        "/media", "upload", Map.of("title", title, "submit", "Upload"), "file", name, type, file);
  }

  /** Uploads an image and answers its public id. */
  static String uploaded(Http http, String title, byte[] file) {
    HttpResponse<String> response = upload(http, title, "photo.jpg", "image/jpeg", file);
    Matcher m = EDIT.matcher(response.headers().firstValue("Location").orElse(""));
    assertThat(m.find()).as("redirect to the editor: %s", response.body()).isTrue();
    return m.group(1);
  }

  static void tag(Http http, String id, String label, String link) {
    http.submitForm(
        "/media/" + id + "/edit",
        "tag",
        Map.of("x", "25.5", "y", "40", "label", label, "link", link, "add", "Add tag"));
  }

  @Test
  void uploadsAreJudgedByTheirContentAndStoredWithoutLocation() throws Exception {
    Http http = owner(base);
    assertThat(upload(http, "Notes", "photo.jpg", "image/jpeg", ascii("just some text")).body())
        .contains("This file is not an image.");
    assertThat(upload(http, "Anim", "cat.png", "image/png", TestImages.gif(8, 8)).body())
        .contains("This image format is not accepted.");
    assertThat(
            upload(
                    http,
                    "Drawing",
                    "logo.png",
                    "image/png",
                    ascii(
                        "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"))
                .body())
        .contains("SVG drawings cannot be uploaded");
    assertThat(
            upload(
                    http,
                    "Polyglot",
                    "x.png",
                    "image/png",
                    TestImages.concat(TestImages.png(8, 8), ascii("<html><script>x()</script>")))
                .body())
        .contains("something else attached to it or hidden in it");
    assertThat(upload(http, "Huge", "big.jpg", "image/jpeg", new byte[10 * 1024 * 1024 + 1]).body())
        .contains("The file is too large: images can be at most 10 MB.");
    assertThat(upload(http, "", "a.png", "image/png", TestImages.png(8, 8)).body())
        .contains("Give the image a title.");
    assertThat(http.get("/media").body()).contains("id=\"media-none\"");

    String id = uploaded(http, "Harbour at dawn", TestImages.jpegWithGps(64, 48, 1));
    HttpResponse<byte[]> image = http.getBytes("/media/" + id + "/image");
    assertThat(image.statusCode()).isEqualTo(200);
    assertThat(image.headers().firstValue("Content-Type")).hasValue("image/jpeg");
    assertThat(TestImages.contains(image.body(), TestImages.LATITUDE)).isFalse();
    assertThat(TestImages.contains(image.body(), ascii("SecretCam"))).isFalse();
    String etag = image.headers().firstValue("ETag").orElseThrow();
    HttpResponse<String> unchanged =
        java.net.http.HttpClient.newHttpClient()
            .send(
                java.net.http.HttpRequest.newBuilder(http.uri("/media/" + id + "/image"))
                    .header("If-None-Match", etag)
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(unchanged.statusCode()).isEqualTo(304);
    assertThat(unchanged.body()).isEmpty();
    assertThat(http.get("/media").body()).contains("Harbour at dawn").doesNotContain("media-none");

    Http stranger = owner(base);
    assertThat(stranger.get("/media/" + id + "/edit").statusCode()).isEqualTo(404);
    assertThat(new Http(base).get("/media/" + id + "/edit").statusCode()).isEqualTo(302);
  }

  @Test
  void theViewerLoadsNothingFromElsewhereBeforeConsentAndRemembersTheDecision() {
    Http owner = owner(base);
    String id = uploaded(owner, "Concert", TestImages.png(80, 60));
    owner.submitForm(
        "/media/" + id + "/edit",
        "tag",
        Map.of("x", "10", "y", "10", "label", "Bad", "link", "javascript:alert(1)", "add", "Add"));
    assertThat(owner.get("/media/" + id + "/edit").body()).contains("id=\"tags-none\"");
    assertThat(
            owner
                .submitForm(
                    "/media/" + id + "/edit",
                    "tag",
                    Map.of(
                        "x",
                        "10",
                        "y",
                        "10",
                        "label",
                        "Bad",
                        "link",
                        "javascript:alert(1)",
                        "add",
                        "Add"))
                .body())
        .contains("Script and data links cannot be embedded.");
    tag(owner, id, "The video", YOUTUBE);
    tag(owner, id, "The recording", VIMEO);
    tag(owner, id, "Just a note", "");

    Http viewer = new Http(base);
    HttpResponse<String> page = viewer.get("/media/" + id);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains("id=\"embed-consent\"", "id=\"consent-accept\"", "id=\"consent-reject\"")
        .contains("youtube-nocookie.com", "googlevideo.com", "doubleclick.net", "vimeocdn.com")
        .contains("Just a note")
        .doesNotContain("<iframe");
    assertThat(page.headers().firstValue("Content-Security-Policy").orElse(""))
        .contains("frame-src 'none'", "frame-ancestors 'none'");

    assertThat(
            new Http(base)
                .postRaw(
                    "/embed-consent",
                    "application/x-www-form-urlencoded",
                    ascii("media=" + id + "&decision=accept"))
                .statusCode())
        .isEqualTo(403);

    HttpResponse<String> accepted =
        viewer.postPlainForm("/embed-consent", Map.of("media", id, "decision", "accept"));
    assertThat(accepted.statusCode()).isEqualTo(303);
    assertThat(accepted.headers().allValues("Set-Cookie"))
        .anySatisfy(c -> assertThat(c).startsWith("accord_consent_id=").contains("HttpOnly"));
    HttpResponse<String> loaded = viewer.get("/media/" + id);
    assertThat(loaded.body())
        .contains("src=\"https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ\"")
        .contains("src=\"https://player.vimeo.com/video/76979871?dnt=1\"")
        .doesNotContain("id=\"embed-consent\"");
    assertThat(loaded.headers().firstValue("Content-Security-Policy").orElse(""))
        .contains("frame-src https://www.youtube-nocookie.com https://player.vimeo.com");

    viewer.postPlainForm("/embed-consent", Map.of("media", id, "decision", "reject"));
    HttpResponse<String> withdrawn = viewer.get("/media/" + id);
    assertThat(withdrawn.body()).doesNotContain("<iframe").contains("embed-placeholder");
    assertThat(viewer.get("/media/" + id + "?choices=1").body())
        .contains("id=\"embed-consent\"", "you withdrew");

    viewer.postPlainForm(
        "/embed-consent", Map.of("media", id, "decision", "accept", "provider", "vimeo"));
    assertThat(viewer.get("/media/" + id).body())
        .contains("player.vimeo.com/video")
        .doesNotContain("youtube-nocookie.com/embed");

    // A signed-in viewer's decision belongs to their account: no consent id cookie.
    HttpResponse<String> ownDecision =
        owner.postPlainForm("/embed-consent", Map.of("media", id, "decision", "accept"));
    assertThat(ownDecision.statusCode()).isEqualTo(303);
    assertThat(ownDecision.headers().allValues("Set-Cookie"))
        .noneMatch(c -> c.startsWith("accord_consent_id="));
    assertThat(owner.get("/media/" + id).body()).contains("youtube-nocookie.com/embed");
    assertThat(owner.get("/api/v1/me/consents").body())
        .contains("\"purpose\":\"EMBED_PROVIDER\"", "\"method\":\"EMBED_VIEWER\"");

    HttpResponse<String> embed = new Http(base).get("/embed/" + id);
    assertThat(embed.statusCode()).isEqualTo(200);
    assertThat(embed.headers().firstValue("X-Frame-Options")).isEmpty();
    assertThat(embed.headers().firstValue("Content-Security-Policy").orElse(""))
        .contains("frame-ancestors *");
    assertThat(embed.body()).contains("id=\"embed-consent\"").doesNotContain("class=\"site\"");
    assertThat(new Http(base).get("/media/nosuchimageatall0000000").statusCode()).isEqualTo(404);

    // Pages for viewers who decided nothing are reused for a few seconds, but never after a change.
    assertThat(new Http(base).get("/media/" + id).body()).doesNotContain("Late addition");
    tag(owner, id, "Late addition", "");
    assertThat(new Http(base).get("/media/" + id).body()).contains("Late addition");
    assertThat(new Http(base).get("/media/" + id + "?campaign=spring").body())
        .contains("campaign=spring");
    assertThat(new Http(base).get("/media/" + id).body()).doesNotContain("campaign=spring");
  }

  @Test
  void theEmbedApiTellsAndRecordsTheViewersDecisions() {
    Http owner = owner(base);
    String id = uploaded(owner, "Map and music", TestImages.png(40, 40));
    tag(owner, id, "Where", "https://www.google.com/maps/embed?pb=!1m18!1m12");
    tag(owner, id, "Listen", "https://open.spotify.com/track/4uLU6hMCjMI75M1A2tKUQC");
    String api = "/api/v1/embed/" + id + "/decisions";

    Http viewer = new Http(base);
    HttpResponse<String> before = viewer.get(api);
    assertThat(before.statusCode()).isEqualTo(200);
    assertThat(before.body())
        .contains("\"provider\":\"spotify\"", "\"provider\":\"googlemaps\"", "\"scdn.co\"")
        .contains("\"decision\":null", "\"allowed\":false", "\"rememberDays\":180");

    HttpResponse<String> crossSite = viewer.postJson(api, "{\"decision\":\"accept\"}", "fi");
    assertThat(crossSite.statusCode()).isEqualTo(403);
    assertThat(crossSite.body()).contains("Päätöksen voi kirjata vain tämän sivuston sivuilta.");
    assertThat(viewer.postJsonFromSite(api, "{\"decision\":\"maybe\"}").statusCode())
        .isEqualTo(400);
    assertThat(
            viewer
                .postJsonFromSite(api, "{\"decision\":\"accept\",\"provider\":\"youtube\"}")
                .statusCode())
        .isEqualTo(400);
    assertThat(viewer.get("/api/v1/embed/nosuchimageatall0000000/decisions").statusCode())
        .isEqualTo(404);

    HttpResponse<String> accepted =
        viewer.postJsonFromSite(api, "{\"decision\":\"accept\",\"provider\":\"spotify\"}");
    assertThat(accepted.statusCode()).isEqualTo(200);
    assertThat(accepted.headers().allValues("Set-Cookie"))
        .anySatisfy(c -> assertThat(c).startsWith("accord_consent_id="));
    assertThat(viewer.get(api).body()).contains("\"decision\":\"GIVEN\"", "\"decision\":null");
    assertThat(viewer.get("/media/" + id).body())
        .contains("open.spotify.com/embed/track/4uLU6hMCjMI75M1A2tKUQC")
        .doesNotContain("google.com/maps/embed?pb");
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
