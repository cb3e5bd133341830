package org.accord.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The register in legal/ and the links it turns into embeds, or refuses. */
class EmbedProvidersTest {

  private static EmbedProviders register;

  @BeforeAll
  static void read() throws IOException {
    try (InputStream in = Files.newInputStream(Path.of("legal", "embed-providers.json"))) {
      register = EmbedProviders.of(EmbedProviders.parse(in));
    }
  }

  @Test
  void theRegisterHasTheProvidersTheProductPromisesEachWithDomainsPolicyAndSources() {
    assertThat(register.all())
        .extracting(EmbedProvider::name)
        .contains(
            "YouTube",
            "Vimeo",
            "SoundCloud",
            "Spotify",
            "Google Maps",
            "Instagram",
            "TikTok",
            "X (Twitter)",
            "Facebook video");
    assertThat(register.find("youtube").orElseThrow().domains())
        .contains(
            "youtube-nocookie.com",
            "youtube.com",
            "ytimg.com",
            "googlevideo.com",
            "google.com",
            "gstatic.com",
            "doubleclick.net",
            "googleapis.com");
    assertThat(register.all())
        .allSatisfy(
            p -> {
              assertThat(p.privacyPolicy()).startsWith("https://");
              assertThat(p.sources()).isNotEmpty();
              assertThat(p.frameOrigin()).startsWith("https://");
            });
  }

  @ParameterizedTest
  @CsvSource({
    "https://www.youtube.com/watch?v=dQw4w9WgXcQ, youtube, https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ",
    "https://youtu.be/dQw4w9WgXcQ?t=42, youtube, https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ",
    "HTTPS://WWW.YouTube.com/watch?feature=share&v=dQw4w9WgXcQ, youtube, https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ",
    "https://www.youtube.com/shorts/dQw4w9WgXcQ, youtube, https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ",
    "https://vimeo.com/76979871, vimeo, https://player.vimeo.com/video/76979871?dnt=1",
    "https://soundcloud.com/forss/flickermood, soundcloud, https://w.soundcloud.com/player/?url=https%3A%2F%2Fsoundcloud.com%2Fforss%2Fflickermood",
    "https://open.spotify.com/track/4uLU6hMCjMI75M1A2tKUQC, spotify, https://open.spotify.com/embed/track/4uLU6hMCjMI75M1A2tKUQC",
    "https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d1984, googlemaps, https://www.google.com/maps/embed?pb=%211m18%211m12%211m3%211d1984",
    "https://www.instagram.com/p/C1a2b3c4d5/, instagram, https://www.instagram.com/p/C1a2b3c4d5/embed/",
    "https://www.tiktok.com/@scout2015/video/6718335390845095173, tiktok, https://www.tiktok.com/embed/v2/6718335390845095173",
    "https://x.com/jack/status/20, x, https://platform.twitter.com/embed/Tweet.html?id=20&dnt=true",
    "https://twitter.com/jack/status/20, x, https://platform.twitter.com/embed/Tweet.html?id=20&dnt=true",
    "https://www.facebook.com/facebook/videos/10153231379946729/, facebook-video, https://www.facebook.com/plugins/video.php?href=https%3A%2F%2Fwww.facebook.com%2Ffacebook%2Fvideos%2F10153231379946729"
  })
  void aProvidersLinkBecomesItsPrivacyEnhancedEmbed(String link, String provider, String embed) {
    EmbedProviders.Embed resolved = register.resolve(link);
    assertThat(resolved.provider().id()).isEqualTo(provider);
    assertThat(resolved.embedUrl()).isEqualTo(embed);
    assertThat(resolved.provider().covers(java.net.URI.create(embed).getHost())).isTrue();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "javascript:alert(1)| embed.link.scheme",
        "JaVaScRiPt:alert(document.cookie)| embed.link.scheme",
        "data:text/html;base64,PHNjcmlwdD4=| embed.link.scheme",
        "http://www.youtube.com/watch?v=dQw4w9WgXcQ| embed.link.https",
        "ftp://example.org/video| embed.link.invalid",
        "https://user:pw@www.youtube.com/watch?v=dQw4w9WgXcQ| embed.link.invalid",
        "https://www.youtube.com:8443/watch?v=dQw4w9WgXcQ| embed.link.invalid",
        "https://www.youtube.com/@channel| embed.link.unsupported",
        "https://www.youtube.com.evil.example/watch?v=dQw4w9WgXcQ| embed.link.unknown",
        "https://example.org/video.mp4| embed.link.unknown",
        "https://exa mple.org/| embed.link.invalid",
        "www.youtube.com/watch?v=dQw4w9WgXcQ| embed.link.invalid"
      })
  void anythingElseIsRefusedWithAReason(String link, String key) {
    assertThatThrownBy(() -> register.resolve(link))
        .isInstanceOfSatisfying(
            EmbedLinkException.class, e -> assertThat(e.messageKey()).isEqualTo(key));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   "})
  void anEmptyLinkIsRefused(String link) {
    assertThatThrownBy(() -> register.resolve(link)).hasMessage("embed.link.required");
  }

  @Test
  void aBrokenRegisterIsRefused() {
    String plainHttp =
        "{\"providers\":[{\"id\":\"a\",\"name\":\"A\",\"company\":\"A\",\"privacyPolicy\":"
            + "\"https://a.example/privacy\",\"patterns\":[\"^http://a\\\\.example/.*$\"],"
            + "\"embed\":\"https://a.example/e\",\"domains\":[\"a.example\"],\"sources\":[\"x\"]}]}";
    assertThatThrownBy(() -> EmbedProviders.parse(stream(plainHttp)))
        .hasMessageContaining("HTTPS links only");
    String foreignFrame =
        plainHttp
            .replace("^http://", "^https://")
            .replace("https://a.example/e", "https://b.example/e");
    assertThatThrownBy(() -> EmbedProviders.parse(stream(foreignFrame)))
        .hasMessageContaining("not in its domains");
  }

  private static InputStream stream(String s) {
    return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
  }
}
