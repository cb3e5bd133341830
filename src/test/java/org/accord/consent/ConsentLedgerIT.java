package org.accord.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.stream.LongStream;
import org.accord.consent.VerificationReport.Problem;
import org.accord.platform.Hashes;
import org.accord.testing.ShiftableClock;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ArquillianExtension.class)
class ConsentLedgerIT {

  private static final String TEXT = Hashes.sha256("Privacy Policy v1 text");

  @Inject ConsentLedger ledger;
  @Inject LedgerVerification verification;
  @Inject LedgerSeals seals;
  @Inject Tamper tamper;

  @Resource ManagedExecutorService executor;

  private String subject() {
    return ledger.newSubject();
  }

  private static ConsentRequest request(String subject, Decision decision, String token) {
    return new ConsentRequest(
        subject,
        Purpose.PRIVACY_POLICY,
        decision,
        null,
        TEXT,
        "fi",
        Method.SETTINGS,
        "198.51.100.23",
        "IT",
        null,
        token,
        null);
  }

  @Test
  void anUnknownSubjectIsRefused() {
    assertThatThrownBy(
            () -> ledger.append(request(UUID.randomUUID().toString(), Decision.GIVEN, null)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void appendsFormAVerifiableChain() {
    String subject = subject();
    ledger.append(request(subject, Decision.GIVEN, null));
    ledger.append(request(subject, Decision.WITHDRAWN, null));
    ledger.append(request(subject, Decision.GIVEN, null));

    List<ConsentEvent> history = ledger.history(subject);
    assertThat(history).extracting(ConsentEvent::getSequence).containsExactly(1L, 2L, 3L);
    assertThat(history.get(2).getPreviousHash()).isEqualTo(history.get(1).getHash());
    assertThat(history).allSatisfy(e -> assertThat(e.getTextHash()).isEqualTo(TEXT));
    assertThat(verification.verify(n -> {}).brokenLinks())
        .noneMatch(b -> b.subject().equals(subject));
  }

  @Test
  void anUntouchedLedgerVerifiesClean() {
    ledger.append(request(subject(), Decision.GIVEN, null));
    VerificationReport report = verification.verify(n -> {});
    assertThat(report.isClean()).as(report.toString()).isTrue();
    assertThat(report.events()).isPositive();
  }

  @Test
  void changingOneColumnWithPlainSqlIsNamedByTheVerification() {
    String subject = subject();
    ledger.append(request(subject, Decision.GIVEN, null));
    ConsentEvent target = ledger.append(request(subject, Decision.WITHDRAWN, null));
    ledger.append(request(subject, Decision.GIVEN, null));
    try {
      tamper.sql("UPDATE consent_event SET decision = 'GIVEN' WHERE id = " + target.getId());

      VerificationReport report = verification.verify(n -> {});

      assertThat(report.brokenLinks())
          .filteredOn(b -> b.subject().equals(subject))
          .singleElement()
          .satisfies(
              b -> {
                assertThat(b.eventId()).isEqualTo(target.getId());
                assertThat(b.problem()).isEqualTo(Problem.EVENT_CHANGED);
              });
    } finally {
      tamper.sql("UPDATE consent_event SET decision = 'WITHDRAWN' WHERE id = " + target.getId());
    }
    assertThat(verification.verify(n -> {}).isClean()).isTrue();
  }

  @Test
  void thirtyTwoConcurrentAppendsForOneSubjectLeaveOneValidChain() throws Exception {
    String subject = subject();
    CountDownLatch start = new CountDownLatch(1);
    List<Future<ConsentEvent>> results = new ArrayList<>();
    for (int i = 0; i < 32; i++) {
      Decision decision = i % 2 == 0 ? Decision.GIVEN : Decision.WITHDRAWN;
      Callable<ConsentEvent> append =
          () -> {
            start.await();
            return ledger.append(request(subject, decision, null));
          };
      results.add(executor.submit(append));
    }
    start.countDown();
    for (Future<ConsentEvent> result : results) {
      result.get();
    }

    List<ConsentEvent> history = ledger.history(subject);
    assertThat(history).hasSize(32);
    assertThat(history)
        .extracting(ConsentEvent::getSequence)
        .containsExactlyElementsOf(LongStream.rangeClosed(1, 32).boxed().toList());
    assertThat(verification.verify(n -> {}).brokenLinks())
        .noneMatch(b -> b.subject().equals(subject));
  }

  @Test
  void aRepeatedSubmissionRecordsOneDecision() throws Exception {
    String subject = subject();
    String token = UUID.randomUUID().toString();
    CountDownLatch start = new CountDownLatch(1);
    List<Future<ConsentEvent>> results = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      results.add(
          executor.submit(
              () -> {
                start.await();
                return ledger.append(request(subject, Decision.GIVEN, token));
              }));
    }
    start.countDown();
    List<Long> ids = new ArrayList<>();
    for (Future<ConsentEvent> result : results) {
      ids.add(result.get().getId());
    }

    assertThat(ledger.history(subject)).hasSize(1);
    assertThat(ids).containsOnly(ledger.history(subject).get(0).getId());
  }

  @Test
  void sealsFixTheEventsOfTheirWindow() {
    String subject = subject();
    ConsentEvent event = ledger.append(request(subject, Decision.GIVEN, null));
    ShiftableClock.INSTANCE.advance(LedgerSeals.GRACE.plus(Duration.ofMinutes(1)));
    LedgerSeal seal = seals.sealDue().orElseThrow();
    assertThat(seal.getEventCount()).isPositive();
    assertThat(verification.verify(n -> {}).isClean()).isTrue();

    String original = event.getHash();
    try {
      tamper.sql(
          "UPDATE consent_event SET hash = '" + "f".repeat(64) + "' WHERE id = " + event.getId());
      VerificationReport report = verification.verify(n -> {});
      assertThat(report.brokenSeals())
          .extracting(VerificationReport.BrokenSeal::problem)
          .contains(Problem.WINDOW_CHANGED);
      assertThat(report.brokenLinks())
          .anyMatch(b -> b.eventId() != null && b.eventId().equals(event.getId()));
    } finally {
      tamper.sql("UPDATE consent_event SET hash = '" + original + "' WHERE id = " + event.getId());
    }
    assertThat(verification.verify(n -> {}).isClean()).isTrue();
  }

  /** Writes that bypass the application, as an attacker with database access would. */
  @ApplicationScoped
  public static class Tamper {
    @PersistenceContext EntityManager em;

    @Transactional
    public void sql(String statement) {
      em.createNativeQuery(statement).executeUpdate();
    }
  }
}
