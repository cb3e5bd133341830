package org.accord.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NewAccountTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);

  private static NewAccount with(String email, LocalDate birth, String country) {
    return new NewAccount(email, "violet harbour tides", birth, country, Locale.ENGLISH, List.of());
  }

  @Test
  void aCompleteSignUpHasNoProblems() {
    assertThat(with("anna@example.com", LocalDate.of(1990, 5, 1), "FI").problems(TODAY)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "plain",
        "@example.com",
        "a@b",
        "a b@example.com",
        "a@example..com",
        "a\u0000@x.fi"
      })
  void refusesMalformedEmail(String email) {
    assertThat(with(email, LocalDate.of(1990, 5, 1), "FI").problems(TODAY))
        .containsEntry("email", "email.invalid");
  }

  @Test
  void refusesInvalidUtf8ReplacementCharacters() {
    assertThat(with("an\uFFFDna@example.com", LocalDate.of(1990, 5, 1), "FI").problems(TODAY))
        .containsEntry("email", "email.invalid");
  }

  @Test
  void refusesOverLongEmail() {
    String email = "a".repeat(60) + "@" + "b".repeat(200) + ".fi";
    assertThat(with(email, LocalDate.of(1990, 5, 1), "FI").problems(TODAY))
        .containsEntry("email", "email.tooLong");
  }

  @Test
  void refusesBirthDatesInTheFutureOrBefore1900() {
    assertThat(with("a@example.com", TODAY.plusDays(1), "FI").problems(TODAY))
        .containsEntry("birthDate", "birthDate.future");
    assertThat(with("a@example.com", LocalDate.of(1899, 12, 31), "FI").problems(TODAY))
        .containsEntry("birthDate", "birthDate.tooEarly");
    assertThat(with("a@example.com", TODAY, "FI").problems(TODAY)).isEmpty();
  }

  @Test
  void refusesUnknownCountries() {
    assertThat(with("a@example.com", LocalDate.of(1990, 1, 1), "XX").problems(TODAY))
        .containsEntry("country", "country.unknown");
    assertThat(with("a@example.com", LocalDate.of(1990, 1, 1), "fi").problems(TODAY))
        .containsEntry("country", "country.unknown");
  }

  @Test
  void normalisesEmailAddresses() {
    assertThat(EmailAddress.normalize("  Anna.Virtanen@Example.FI "))
        .contains("anna.virtanen@example.fi");
  }
}
