package org.accord.platform.mail;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.accord.testing.ShiftableClock;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The outbox's durable side: what a restart or a failed attempt leaves is picked up again. */
@ExtendWith(ArquillianExtension.class)
class MailDeliveryIT {

  @Inject MailDeliveryStore store;
  @Inject MailDelivery delivery;
  @Inject Rows rows;
  @Inject Clock clock;

  @Test
  void aMessageLeftPendingIsFoundDueAndDeliveredBySweep() {
    long id = rows.pending("left-" + System.nanoTime() + "@example.org", clock.instant());

    assertThat(store.due(clock.instant(), 10_000)).contains(id);
    delivery.sweep();

    assertThat(rows.status(id)).isEqualTo(MailStatus.SENT);
    assertThat(store.due(clock.instant(), 10_000)).doesNotContain(id);
  }

  @Test
  void aClaimedMessageIsNotClaimedAgainUntilItsLeaseEnds() {
    long id = rows.pending("lease-" + System.nanoTime() + "@example.org", clock.instant());

    assertThat(store.claim(id, clock.instant())).isPresent();
    assertThat(store.claim(id, clock.instant())).isEmpty();
    assertThat(store.due(clock.instant(), 10_000)).doesNotContain(id);

    ShiftableClock.INSTANCE.advance(MailDeliveryStore.LEASE.plus(Duration.ofSeconds(1)));
    assertThat(store.claim(id, clock.instant())).isPresent();
  }

  @Test
  void aFailedAttemptIsRetriedWithBackOffAndGivenUpAfterTheLast() {
    long id = rows.pending("fail-" + System.nanoTime() + "@example.org", clock.instant());
    for (int attempt = 1; attempt < MailMessage.MAX_ATTEMPTS; attempt++) {
      store.failed(id, "connection refused", clock.instant());
      assertThat(rows.status(id)).isEqualTo(MailStatus.PENDING);
      assertThat(store.due(clock.instant(), 10_000)).doesNotContain(id);
      ShiftableClock.INSTANCE.advance(MailMessage.backoff(attempt).plusSeconds(1));
      assertThat(store.due(clock.instant(), 10_000)).contains(id);
    }
    store.failed(id, "connection refused", clock.instant());
    assertThat(rows.status(id)).isEqualTo(MailStatus.FAILED);
  }

  /** Outbox rows written directly, as a crash between queuing and delivery would leave them. */
  @ApplicationScoped
  public static class Rows {
    @PersistenceContext EntityManager em;

    @Transactional
    public long pending(String recipient, Instant now) {
      MailMessage message =
          new MailMessage(recipient, "Test", "Body", MailCategory.TRANSACTIONAL, true, now);
      em.persist(message);
      em.flush();
      return message.getId();
    }

    public MailStatus status(long id) {
      return em.createQuery("SELECT m.status FROM MailMessage m WHERE m.id = :id", MailStatus.class)
          .setParameter("id", id)
          .getSingleResult();
    }
  }
}
