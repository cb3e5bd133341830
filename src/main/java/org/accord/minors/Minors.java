package org.accord.minors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;

/**
 * Who counts as a minor now (C5), for the high-privacy defaults. Without the person's time zone,
 * the zone in which a day begins last: nobody counts as older than they may be.
 */
@ApplicationScoped
public class Minors {

  /** COPPA: US residents under 13 are never offered marketing. */
  static final int COPPA_AGE = 13;

  @Inject private AgesOfConsent ages;
  @Inject private Clock clock;

  public boolean isMinor(LocalDate birthDate, String country) {
    return birthDate != null
        && AgeRule.isMinor(
            birthDate, ages.forCountry(country).age(), clock.instant(), AgeRule.LATEST_ZONE);
  }

  /** Whether marketing must never be offered to this person (a US resident under 13). */
  public boolean isNeverOfferedMarketing(LocalDate birthDate, String country) {
    return "US".equals(country)
        && birthDate != null
        && AgeRule.isBelow(birthDate, COPPA_AGE, clock.instant(), AgeRule.LATEST_ZONE);
  }
}
