package org.accord.platform.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The outbox's bookkeeping, each step in its own transaction. A message is claimed with a lease
 * before it is sent, so that two nodes never send it at once; a node that dies mid-send leaves the
 * lease to expire and the message is sent again (at least once, never silently dropped).
 */
@ApplicationScoped
@Transactional
public class MailDeliveryStore {

  static final Duration LEASE = Duration.ofMinutes(2);

  @PersistenceContext private EntityManager em;

  public List<Long> due(Instant now, int max) {
    return em.createQuery(
            "SELECT m.id FROM MailMessage m WHERE m.status = :pending"
                + " AND m.nextAttemptAt <= :now ORDER BY m.nextAttemptAt",
            Long.class)
        .setParameter("pending", MailStatus.PENDING)
        .setParameter("now", now)
        .setMaxResults(max)
        .getResultList();
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Optional<MailMessage> claim(long id, Instant now) {
    int claimed =
        em.createQuery(
                "UPDATE MailMessage m SET m.nextAttemptAt = :lease, m.version = m.version + 1"
                    + " WHERE m.id = :id AND m.status = :pending AND m.nextAttemptAt <= :now")
            .setParameter("lease", now.plus(LEASE))
            .setParameter("id", id)
            .setParameter("pending", MailStatus.PENDING)
            .setParameter("now", now)
            .executeUpdate();
    if (claimed == 0) {
      return Optional.empty();
    }
    MailMessage message = em.find(MailMessage.class, id);
    em.refresh(message);
    em.detach(message);
    return Optional.of(message);
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void delivered(long id, Instant now) {
    em.find(MailMessage.class, id).delivered(now);
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void failed(long id, String error, Instant now) {
    em.find(MailMessage.class, id).deliveryFailed(error, now);
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void suppressed(long id) {
    em.find(MailMessage.class, id).suppressed();
  }
}
