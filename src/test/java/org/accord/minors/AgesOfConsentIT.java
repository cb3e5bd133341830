package org.accord.minors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.time.LocalDate;
import org.accord.admin.AuditEntry;
import org.accord.admin.AuditLog;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The ages of digital consent: seeded from legal/, changed by admins, audited. */
@ExtendWith(ArquillianExtension.class)
class AgesOfConsentIT {

  @Inject AgesOfConsent ages;
  @Inject AuditLog audit;

  @Test
  void theTableIsSeededFromLegalAndUnlistedCountriesGetTheDefault() {
    assertThat(ages.forCountry("FI").age()).isEqualTo(13);
    assertThat(ages.forCountry("DE").age()).isEqualTo(16);
    assertThat(ages.forCountry("US").source()).contains("COPPA");
    assertThat(ages.forCountry("BR").country()).isEqualTo("*");
    assertThat(ages.forCountry("BR").age()).isEqualTo(16);
    assertThat(ages.all().get(0).country()).isEqualTo("*");
  }

  @Test
  void anAdminChangesAnAgeAndTheChangeIsAudited() {
    AgeOfConsent before = ages.forCountry("AT");
    try {
      ages.set("AT", 15, "  Amended national law  ", LocalDate.of(2027, 1, 1), null);
      assertThat(ages.forCountry("AT").age()).isEqualTo(15);
      assertThat(ages.forCountry("AT").source()).isEqualTo("Amended national law");
      assertThat(audit.latest(5))
          .extracting(AuditEntry::getAction, AuditEntry::getTarget)
          .contains(org.assertj.core.groups.Tuple.tuple("AGE_OF_CONSENT_SET", "AT"));
    } finally {
      ages.set("AT", before.age(), before.source(), before.since(), null);
    }
  }

  @Test
  void badValuesAreRefusedAndChangeNothing() {
    AgeOfConsent before = ages.forCountry("FI");
    assertThatThrownBy(() -> ages.set("FI", 12, "x", LocalDate.of(2027, 1, 1), null))
        .isInstanceOf(AgesOfConsent.RefusedException.class)
        .hasMessage("ages.age.invalid");
    assertThatThrownBy(() -> ages.set("FI", 17, "x", LocalDate.of(2027, 1, 1), null))
        .hasMessage("ages.age.invalid");
    assertThatThrownBy(() -> ages.set("XX", 14, "x", LocalDate.of(2027, 1, 1), null))
        .hasMessage("ages.country.invalid");
    assertThatThrownBy(() -> ages.set("FI", 14, " ", LocalDate.of(2027, 1, 1), null))
        .hasMessage("ages.source.invalid");
    assertThatThrownBy(() -> ages.set("FI", 14, "x", null, null)).hasMessage("ages.since.invalid");
    assertThat(ages.forCountry("FI")).isEqualTo(before);
  }
}
