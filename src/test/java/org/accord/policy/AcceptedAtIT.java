package org.accord.policy;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.accord.account.Account;
import org.accord.testing.ShiftableClock;
import org.accord.testing.TestAccounts;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** "Which version of which document had this person accepted at that instant", from the ledger. */
@ExtendWith(ArquillianExtension.class)
class AcceptedAtIT {

  @Inject AcceptanceGate gate;
  @Inject PolicyAcceptance acceptance;
  @Inject PolicyService policies;
  @Inject TestAccounts accounts;
  @Inject Clock clock;

  @Test
  void theAnswerIsTheHighestVersionAcceptedByThenWithItsEvent() {
    DocumentKind privacy = DocumentKind.PRIVACY_POLICY;
    policies.find(privacy, 1).orElseGet(() -> policies.publish(privacy, 1, null, null));
    List<PolicyVersion> required = acceptance.requiredNow();
    assertThat(required).isNotEmpty();
    Instant before = clock.instant();
    ShiftableClock.INSTANCE.advance(Duration.ofSeconds(1));
    String email = TestAccounts.email();
    accounts.signUp(accounts.adult(email));
    Account account = accounts.verified(email);
    Instant after = clock.instant();

    String subject = account.getConsentSubject();
    assertThat(gate.acceptedAt(subject, before)).isEmpty();
    List<AcceptanceGate.Accepted> accepted = gate.acceptedAt(subject, after);
    assertThat(accepted).isNotEmpty();
    assertThat(accepted)
        .extracting(AcceptanceGate.Accepted::kind, AcceptanceGate.Accepted::version)
        .containsExactlyInAnyOrderElementsOf(
            required.stream()
                .map(v -> org.assertj.core.groups.Tuple.tuple(v.getKind(), v.getVersion()))
                .toList());
    for (AcceptanceGate.Accepted a : accepted) {
      PolicyVersion version =
          required.stream().filter(v -> v.getKind() == a.kind()).findFirst().get();
      assertThat(a.textHash()).isEqualTo(version.text(a.language()).getSha256());
      assertThat(a.acceptedAt()).isBetween(before, after);
    }
    assertThat(gate.acceptedAt("no-such-subject", after)).isEmpty();
  }
}
