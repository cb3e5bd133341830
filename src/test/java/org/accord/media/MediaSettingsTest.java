package org.accord.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The site origins an owner names for Advanced Media Settings. */
class MediaSettingsTest {

  @ParameterizedTest
  @CsvSource({
    "https://www.example.com, https://www.example.com",
    "https://Example.COM/, https://example.com",
    "https://example.com:8443, https://example.com:8443",
    "http://127.0.0.2:8999, http://127.0.0.2:8999",
    "http://localhost:3000, http://localhost:3000"
  })
  void anOriginIsSchemeHostAndPort(String given, String origin) {
    assertThat(MediaSettings.origin(given)).hasValue(origin);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://www.example.com",
        "https://example.com/gallery",
        "https://example.com?x=1",
        "https://user@example.com",
        "example.com",
        "javascript:alert(1)",
        "ftp://example.com"
      })
  void anythingElseIsNot(String given) {
    assertThat(MediaSettings.origin(given)).isEmpty();
  }

  @Test
  void aListNeedsOneToTenOrigins() {
    Map<String, String> problems = new LinkedHashMap<>();
    assertThat(
            MediaSettings.parseOrigins(
                "https://a.example\nhttps://b.example, https://a.example", problems))
        .containsExactly("https://a.example", "https://b.example");
    assertThat(problems).isEmpty();
    MediaSettings.parseOrigins("  ", problems);
    assertThat(problems).containsEntry("origins", "mediaSettings.origins.required");
    problems.clear();
    StringBuilder many = new StringBuilder();
    for (int i = 0; i < 11; i++) {
      many.append("https://s").append(i).append(".example ");
    }
    MediaSettings.parseOrigins(many.toString(), problems);
    assertThat(problems).containsEntry("origins", "mediaSettings.origins.tooMany");
  }
}
