package org.accord.consent;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Appends consent events, in the caller's transaction so that a decision and the change it allows
 * commit together. Only the subject's chain head is locked: appends for different subjects run in
 * parallel; appends for one subject form one linear chain. A repeated submission token returns the
 * event already recorded.
 */
@ApplicationScoped
@Transactional
public class ConsentLedger {

  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;

  @Transactional
  public ConsentEvent append(ConsentRequest request) {
    ChainHead head = lockHead(request.subject());
    Optional<ConsentEvent> earlier = findBySubmission(request);
    if (earlier.isPresent()) {
      return earlier.get();
    }
    ConsentEvent event = head.append(request, clock.instant());
    em.persist(event);
    return event;
  }

  /**
   * A new subject: an opaque random id whose (empty) chain head is created in the caller's
   * transaction. Nobody else knows the id yet, so creating it never races.
   */
  @Transactional
  public String newSubject() {
    String subject = UUID.randomUUID().toString();
    em.persist(new ChainHead(subject));
    em.flush();
    return subject;
  }

  private ChainHead lockHead(String subject) {
    ChainHead head = em.find(ChainHead.class, subject, LockModeType.PESSIMISTIC_WRITE);
    if (head == null) {
      throw new IllegalArgumentException("unknown consent subject");
    }
    return head;
  }

  private Optional<ConsentEvent> findBySubmission(ConsentRequest request) {
    if (request.submissionToken() == null) {
      return Optional.empty();
    }
    return em.createQuery(
            "SELECT e FROM ConsentEvent e WHERE e.subject = :s AND e.submissionToken = :t",
            ConsentEvent.class)
        .setParameter("s", request.subject())
        .setParameter("t", request.submissionToken())
        .getResultStream()
        .findFirst();
  }

  /** One event, only if it belongs to the given subject. */
  public Optional<ConsentEvent> find(String subject, long eventId) {
    ConsentEvent event = em.find(ConsentEvent.class, eventId);
    return event != null && event.getSubject().equals(subject)
        ? Optional.of(event)
        : Optional.empty();
  }

  /** A subject's events in chain order. */
  public List<ConsentEvent> history(String subject) {
    return em.createQuery(
            "SELECT e FROM ConsentEvent e WHERE e.subject = :s ORDER BY e.sequence",
            ConsentEvent.class)
        .setParameter("s", subject)
        .getResultList();
  }
}
