package org.accord.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.accord.platform.Hashes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LegalTextParserTest {

  private static final String GOOD =
      "---\nversion: 3\neffective: 2027-02-01T00:00:00Z\nchange: MINOR\n"
          + "summary: Fixed a typo: \"recieve\".\nchild_summary: We fixed a spelling mistake.\n---\n"
          + "# Terms\n\nText.\n";

  @Test
  void readsFrontMatterAndBody() {
    LegalText text = LegalTextParser.parse("terms-of-service/v3.en.md", GOOD);
    assertThat(text.kind()).isEqualTo(DocumentKind.TERMS_OF_SERVICE);
    assertThat(text.version()).isEqualTo(3);
    assertThat(text.language()).isEqualTo("en");
    assertThat(text.effective()).isEqualTo(Instant.parse("2027-02-01T00:00:00Z"));
    assertThat(text.change()).isEqualTo(ChangeKind.MINOR);
    assertThat(text.summary()).isEqualTo("Fixed a typo: \"recieve\".");
    assertThat(text.markdown()).isEqualTo("# Terms\n\nText.\n");
    assertThat(text.sha256()).isEqualTo(Hashes.sha256("# Terms\n\nText.\n"));
  }

  @Test
  void lineEndingsDoNotChangeTheText() {
    LegalText crlf = LegalTextParser.parse("terms-of-service/v3.en.md", GOOD.replace("\n", "\r\n"));
    assertThat(crlf.sha256())
        .isEqualTo(LegalTextParser.parse("terms-of-service/v3.en.md", GOOD).sha256());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "cookie-policy/v3.en.md | unknown document kind",
        "terms-of-service/v3.de.md | unsupported language",
        "terms-of-service/3.en.md | expected v<version>",
        "terms-of-service/v4.en.md | does not match the file name",
        "v3.en.md | expected <kind>"
      })
  void refusesBadPaths(String path, String problem) {
    assertThatThrownBy(() -> LegalTextParser.parse(path, GOOD))
        .isInstanceOfSatisfying(
            InvalidLegalTextException.class,
            e -> assertThat(e.arguments()[1].toString()).contains(problem));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "change: MINOR | change: SMALL | MINOR or MATERIAL",
        "effective: 2027-02-01T00:00:00Z | effective: 1.2.2027 | effective must be an instant",
        "version: 3 | version: three | positive whole number",
        "summary: Fixed a typo: \"recieve\". | summary: | lacks summary"
      })
  void refusesBadFrontMatter(String good, String bad, String problem) {
    assertThatThrownBy(
            () -> LegalTextParser.parse("terms-of-service/v3.en.md", GOOD.replace(good, bad)))
        .isInstanceOfSatisfying(
            InvalidLegalTextException.class,
            e -> assertThat(e.arguments()[1].toString()).contains(problem));
  }

  @Test
  void refusesUnclosedOrMissingFrontMatter() {
    assertThatThrownBy(
            () ->
                LegalTextParser.parse("terms-of-service/v3.en.md", GOOD.replace("\n---\n#", "\n#")))
        .isInstanceOf(InvalidLegalTextException.class);
    assertThatThrownBy(() -> LegalTextParser.parse("terms-of-service/v3.en.md", "# Terms\n"))
        .isInstanceOf(InvalidLegalTextException.class);
  }

  @Test
  void everyShippedTextParsesAndComesInEveryLanguageWithTheSameFrontMatter() throws IOException {
    Path legal = Path.of("legal");
    List<LegalText> texts;
    try (Stream<Path> files = Files.walk(legal)) {
      texts =
          files
              .filter(p -> p.getFileName().toString().matches("v\\d+\\.[a-z]{2}\\.md"))
              .map(
                  p ->
                      LegalTextParser.parse(
                          legal.relativize(p).toString().replace('\\', '/'), read(p)))
              .toList();
    }
    assertThat(texts).hasSizeGreaterThanOrEqualTo(8);
    Map<String, List<LegalText>> byVersion =
        texts.stream().collect(Collectors.groupingBy(t -> t.kind() + " v" + t.version()));
    for (DocumentKind kind : DocumentKind.values()) {
      assertThat(byVersion).containsKeys(kind + " v1", kind + " v2");
    }
    byVersion.forEach(
        (version, translations) -> {
          assertThat(translations)
              .extracting(LegalText::language)
              .as(version)
              .containsExactlyInAnyOrderElementsOf(LegalTextParser.LANGUAGES);
          assertThat(translations.stream().map(t -> t.effective() + " " + t.change()).distinct())
              .as(version)
              .hasSize(1);
        });
    assertThat(texts)
        .filteredOn(t -> t.kind() == DocumentKind.TERMS_OF_SERVICE)
        .allSatisfy(t -> assertThat(t.markdown()).contains("<!-- privacy-architecture -->"));
  }

  private static String read(Path path) {
    try {
      return Files.readString(path, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
