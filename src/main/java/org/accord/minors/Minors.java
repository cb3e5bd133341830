package org.accord.minors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

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

  /**
   * When someone a guardian consented for reached their country's age of digital consent, if they
   * have: only what they accepted themselves from then on counts as their own consent.
   */
  public Optional<Instant> ownConsentDueSince(
      LocalDate birthDate, String country, boolean guardianApproved) {
    if (!guardianApproved || birthDate == null) {
      return Optional.empty();
    }
    Instant reached =
        AgeRule.reaches(birthDate, ages.forCountry(country).age(), AgeRule.LATEST_ZONE);
    return reached.isAfter(clock.instant()) ? Optional.empty() : Optional.of(reached);
  }

  /** Whether marketing must never be offered to this person (a US resident under 13). */
  public boolean isNeverOfferedMarketing(LocalDate birthDate, String country) {
    return "US".equals(country)
        && birthDate != null
        && AgeRule.isBelow(birthDate, COPPA_AGE, clock.instant(), AgeRule.LATEST_ZONE);
  }
}
