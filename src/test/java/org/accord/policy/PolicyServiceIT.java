package org.accord.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.accord.admin.AuditLog;
import org.accord.platform.Hashes;
import org.accord.testing.ShiftableClock;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Publishing from legal/. Published versions are global state, so the whole life of the Privacy
 * Policy (v1 now, v2 announced, then in force) is one test; other tests use the Terms.
 */
@ExtendWith(ArquillianExtension.class)
@Order(1)
class PolicyServiceIT {

  @Inject PolicyService policies;
  @Inject LegalSource source;
  @Inject AuditLog audit;
  @Inject Clock clock;

  @Test
  void legalFolderIsOfferedUntilPublished() {
    assertThat(source.all()).hasSizeGreaterThanOrEqualTo(8);
    assertThat(policies.offered())
        .allSatisfy(o -> assertThat(policies.find(o.kind(), o.version())).isEmpty());
  }

  @Test
  void thePrivacyPolicyIsPublishedAnnouncedAndEnforcedOnTime() {
    DocumentKind kind = DocumentKind.PRIVACY_POLICY;
    PolicyVersion v1 =
        policies.find(kind, 1).orElseGet(() -> policies.publish(kind, 1, null, null));

    assertThat(policies.current(kind)).map(PolicyVersion::getVersion).contains(1);
    assertThat(policies.offered()).noneMatch(o -> o.kind() == kind && o.version() == 1);
    assertThat(v1.getEffectiveAt()).isBeforeOrEqualTo(clock.instant());
    for (LegalText file : source.all()) {
      if (file.kind() == kind && file.version() == 1) {
        PolicyText stored = v1.text(file.language());
        assertThat(stored.getLanguage()).isEqualTo(file.language());
        assertThat(stored.getSha256())
            .isEqualTo(file.sha256())
            .isEqualTo(Hashes.sha256(stored.getMarkdown()));
      }
    }
    assertThat(v1.text("sv").getLanguage()).isEqualTo("en");
    assertThat(v1.text("fi").getMarkdown()).contains("Tietosuojaseloste");
    assertThatThrownBy(() -> policies.publish(kind, 1, null, null))
        .isInstanceOf(PolicyRefusedException.class);

    Instant inTenDays = clock.instant().plus(Duration.ofDays(10));
    PolicyVersion v2 = policies.publish(kind, 2, inTenDays, null);
    assertThat(v2.requiresReacceptance()).isTrue();
    assertThat(policies.current(kind)).map(PolicyVersion::getVersion).contains(1);
    assertThat(policies.upcoming(kind)).extracting(PolicyVersion::getVersion).containsExactly(2);

    long pendingBefore = policies.pendingCount(kind);
    ShiftableClock.INSTANCE.advance(Duration.ofDays(11));
    assertThat(policies.current(kind)).map(PolicyVersion::getVersion).contains(2);
    assertThat(policies.pendingCount(kind))
        .as("everyone who accepted only v1 must now accept v2")
        .isGreaterThanOrEqualTo(pendingBefore)
        .isPositive();
    assertThat(policies.upcoming(kind)).isEmpty();
    assertThat(policies.history(kind)).extracting(PolicyVersion::getVersion).containsExactly(2, 1);

    assertThat(audit.latest(50))
        .extracting(e -> e.getAction() + " " + e.getTarget())
        .contains("POLICY_PUBLISH PRIVACY_POLICY v2");
  }

  @Test
  void unknownVersionsAreRefused() {
    assertThatThrownBy(() -> policies.publish(DocumentKind.TERMS_OF_SERVICE, 99, null, null))
        .isInstanceOf(PolicyNotFoundException.class);
  }
}
