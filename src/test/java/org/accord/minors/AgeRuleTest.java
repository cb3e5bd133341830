package org.accord.minors;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class AgeRuleTest {

  private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");
  private static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");

  @Test
  void onTheBirthdayItselfThePersonHasTheNewAge() {
    LocalDate birth = LocalDate.of(2013, 6, 15);
    assertThat(AgeRule.ageOn(birth, LocalDate.of(2026, 6, 14))).isEqualTo(12);
    assertThat(AgeRule.ageOn(birth, LocalDate.of(2026, 6, 15))).isEqualTo(13);
    assertThat(AgeRule.ageOn(birth, LocalDate.of(2026, 6, 16))).isEqualTo(13);
  }

  @Test
  void bornOnTheTwentyNinthOfFebruaryComesOfAgeOnTheFirstOfMarchInCommonYears() {
    LocalDate birth = LocalDate.of(2012, 2, 29);
    assertThat(AgeRule.ageOn(birth, LocalDate.of(2025, 2, 28))).isEqualTo(12);
    assertThat(AgeRule.ageOn(birth, LocalDate.of(2025, 3, 1))).isEqualTo(13);
    assertThat(AgeRule.ageOn(birth, LocalDate.of(2028, 2, 28))).isEqualTo(15);
    assertThat(AgeRule.ageOn(birth, LocalDate.of(2028, 2, 29))).isEqualTo(16);
    assertThat(AgeRule.reaches(birth, 13, ZoneOffset.UTC))
        .isEqualTo(Instant.parse("2025-03-01T00:00:00Z"));
    assertThat(AgeRule.reaches(birth, 16, ZoneOffset.UTC))
        .isEqualTo(Instant.parse("2028-02-29T00:00:00Z"));
  }

  @Test
  void thePersonsTimeZoneDecidesNotTheServers() {
    LocalDate birth = LocalDate.of(2010, 3, 11);
    // 23:30 UTC on 10 March: already 11 March in Helsinki, still 10 March in Los Angeles.
    Instant now = Instant.parse("2026-03-10T23:30:00Z");
    assertThat(AgeRule.ageAt(birth, now, ZoneOffset.UTC)).isEqualTo(15);
    assertThat(AgeRule.ageAt(birth, now, HELSINKI)).isEqualTo(16);
    assertThat(AgeRule.isBelow(birth, 16, now, HELSINKI)).isFalse();
    assertThat(AgeRule.isBelow(birth, 16, now, LOS_ANGELES)).isTrue();
    assertThat(AgeRule.reaches(birth, 16, HELSINKI))
        .isEqualTo(Instant.parse("2026-03-10T22:00:00Z"));
  }

  @Test
  void someoneNotBornYetHasNoAge() {
    assertThat(AgeRule.ageOn(LocalDate.of(2030, 1, 1), LocalDate.of(2026, 1, 1))).isEqualTo(-1);
  }

  @Test
  void aMinorIsBelowEighteenWhateverTheCountrysConsentAge() {
    Instant now = Instant.parse("2026-06-01T12:00:00Z");
    assertThat(AgeRule.isMinor(LocalDate.of(2009, 6, 2), 13, now, ZoneOffset.UTC)).isTrue();
    assertThat(AgeRule.isMinor(LocalDate.of(2008, 6, 1), 13, now, ZoneOffset.UTC)).isFalse();
    assertThat(AgeRule.isMinor(LocalDate.of(2008, 6, 1), 16, now, ZoneOffset.UTC)).isFalse();
  }
}
