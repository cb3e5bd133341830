package org.accord.minors;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * Ages in whole years, counted on the person's own calendar day: what matters is the date where the
 * person is, not where the server is. Someone born on 29 February comes of age on 1 March in common
 * years (the later of the two possible days, so that nobody is treated as older than they are).
 */
public final class AgeRule {

  private AgeRule() {}

  /** The person's age in whole years on a given day of their calendar. */
  public static int ageOn(LocalDate birthDate, LocalDate day) {
    if (day.isBefore(birthDate)) {
      return -1;
    }
    // Period counts 29 February + n years as reached only on 1 March in common years.
    return Period.between(birthDate, day).getYears();
  }

  /** The person's age now, on the calendar of their time zone. */
  public static int ageAt(LocalDate birthDate, Instant now, ZoneId zone) {
    return ageOn(birthDate, LocalDate.ofInstant(now, zone));
  }

  /** Whether the person is younger than the given age now, where they are. */
  public static boolean isBelow(LocalDate birthDate, int age, Instant now, ZoneId zone) {
    return ageAt(birthDate, now, zone) < age;
  }

  /**
   * UTC-12: the last place on Earth where a given day begins. Where a person's zone is unknown,
   * counting there makes nobody older than they may be.
   */
  public static final ZoneId LATEST_ZONE = ZoneOffset.ofHours(-12);

  /** The age of majority: below it a person is a minor whatever their country's consent age. */
  public static final int MAJORITY = 18;

  /** A minor (C5): below 18, or below the age of digital consent of their country. */
  public static boolean isMinor(LocalDate birthDate, int ageOfConsent, Instant now, ZoneId zone) {
    return isBelow(birthDate, Math.max(MAJORITY, ageOfConsent), now, zone);
  }

  /** The first instant at which the person has the given age, where they are. */
  public static Instant reaches(LocalDate birthDate, int age, ZoneId zone) {
    LocalDate day = birthDate.plusYears(age);
    if (birthDate.getMonthValue() == 2 && birthDate.getDayOfMonth() == 29 && !day.isLeapYear()) {
      day = day.plusDays(1);
    }
    return day.atStartOfDay(zone).toInstant();
  }
}
