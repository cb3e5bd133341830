package org.accord.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.accord.security.PasswordRejection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BundlesTest {

  private static Properties load(String resource) throws IOException {
    Properties p = new Properties();
    try (InputStream in = BundlesTest.class.getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }

  @ParameterizedTest
  @ValueSource(strings = {"messages", "faces"})
  void finnishHasEveryEnglishKeyAndNothingElse(String bundle) throws IOException {
    Properties en = load("/i18n/" + bundle + ".properties");
    Properties fi = load("/i18n/" + bundle + "_fi.properties");
    assertThat(fi.stringPropertyNames())
        .containsExactlyInAnyOrderElementsOf(en.stringPropertyNames());
    fi.forEach((k, v) -> assertThat(v.toString()).as((String) k).isNotBlank());
  }

  @Test
  void everyPasswordRejectionHasAMessage() throws IOException {
    Properties en = load("/i18n/messages.properties");
    for (PasswordRejection reason : PasswordRejection.values()) {
      assertThat(en).containsKey("password.rejected." + reason.name());
    }
  }

  @Test
  void unsupportedLanguagesFallBackToEnglishNotToTheServerLocale() {
    Locale previous = Locale.getDefault();
    try {
      Locale.setDefault(new Locale("fi"));
      assertThat(Messages.get(Locale.GERMAN, "nav.login")).isEqualTo("Sign in");
      assertThat(Messages.get(new Locale("fi"), "nav.login")).isEqualTo("Kirjaudu");
      assertThat(Messages.locale(List.of(Locale.GERMAN, new Locale("fi", "FI"))).getLanguage())
          .isEqualTo("fi");
      assertThat(Messages.locale(List.of(Locale.JAPANESE))).isEqualTo(Locale.ENGLISH);
    } finally {
      Locale.setDefault(previous);
    }
  }
}
