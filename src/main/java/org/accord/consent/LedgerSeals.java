package org.accord.consent;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.stream.Stream;
import org.accord.platform.Hashes;

/**
 * Seals the ledger period by period. A window closes {@link #GRACE} before the seal is made, so
 * that transactions still in flight at its end have committed; seals never block writers. Two nodes
 * sealing at once cannot fork the chain: the second insert breaks the unique previous hash.
 */
@ApplicationScoped
@Transactional
public class LedgerSeals {

  static final Duration GRACE = Duration.ofMinutes(5);
  static final Instant EPOCH = Instant.EPOCH;

  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;

  public Optional<LedgerSeal> latest() {
    return em.createQuery("SELECT s FROM LedgerSeal s ORDER BY s.windowEnd DESC", LedgerSeal.class)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  /** Seals everything that occurred since the last seal and before now minus the grace period. */
  @Transactional
  public Optional<LedgerSeal> sealDue() {
    Instant now = clock.instant();
    Optional<LedgerSeal> previous = latest();
    Instant start = previous.map(LedgerSeal::getWindowEnd).orElse(EPOCH);
    Instant end = now.minus(GRACE).truncatedTo(ChronoUnit.MILLIS);
    if (!end.isAfter(start)) {
      return Optional.empty();
    }
    WindowDigest digest = digestOf(start, end);
    LedgerSeal seal =
        new LedgerSeal(
            start,
            end,
            digest.count(),
            digest.finish(),
            previous.map(LedgerSeal::getHash).orElse(Hashes.GENESIS),
            now);
    em.persist(seal);
    return Optional.of(seal);
  }

  /**
   * The digest of the events that occurred in [start, end). Native SQL with {@link OffsetDateTime}
   * parameters: the JDBC driver compares them as timestamps on every database.
   */
  @SuppressWarnings("unchecked")
  WindowDigest digestOf(Instant start, Instant end) {
    WindowDigest digest = new WindowDigest();
    ((Stream<Object>)
            em.createNativeQuery(
                    "SELECT hash FROM consent_event WHERE occurred_at >= ?1 AND occurred_at < ?2"
                        + " ORDER BY occurred_at, id")
                .setParameter(1, start.atOffset(ZoneOffset.UTC))
                .setParameter(2, end.atOffset(ZoneOffset.UTC))
                .getResultStream())
        .forEach(hash -> digest.add((String) hash));
    return digest;
  }
}
