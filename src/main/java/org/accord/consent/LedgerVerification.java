package org.accord.consent;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;
import org.accord.consent.VerificationReport.BrokenLink;
import org.accord.consent.VerificationReport.BrokenSeal;
import org.accord.consent.VerificationReport.Problem;
import org.accord.platform.Hashes;

/**
 * Verifies the whole ledger: every subject's chain from its first event to its head, and every seal
 * against the events of its window and the previous seal. Reads in pages of subjects and never
 * locks, so it runs beside live traffic.
 */
@ApplicationScoped
public class LedgerVerification {

  static final int PAGE = 500;

  @PersistenceContext private EntityManager em;
  @Inject private LedgerSeals sealer;

  public long subjectCount() {
    return em.createQuery("SELECT COUNT(h) FROM ChainHead h", Long.class).getSingleResult();
  }

  /** Verifies everything; {@code progress} receives the number of subjects checked so far. */
  public VerificationReport verify(LongConsumer progress) {
    List<BrokenLink> brokenLinks = new ArrayList<>();
    long subjects = 0;
    long events = 0;
    for (int first = 0; ; first += PAGE) {
      List<ChainHead> heads =
          em.createQuery("SELECT h FROM ChainHead h ORDER BY h.subject", ChainHead.class)
              .setFirstResult(first)
              .setMaxResults(PAGE)
              .getResultList();
      if (heads.isEmpty()) {
        break;
      }
      Map<String, List<ConsentEvent>> chains = eventsOf(heads);
      for (ChainHead head : heads) {
        List<ConsentEvent> chain = chains.getOrDefault(head.getSubject(), List.of());
        events += chain.size();
        firstBreak(head, chain).ifPresent(brokenLinks::add);
      }
      subjects += heads.size();
      progress.accept(subjects);
      em.clear();
    }
    List<BrokenSeal> brokenSeals = new ArrayList<>();
    long seals = verifySeals(brokenSeals);
    return new VerificationReport(subjects, events, seals, brokenLinks, brokenSeals);
  }

  private Map<String, List<ConsentEvent>> eventsOf(List<ChainHead> heads) {
    return em.createQuery(
            "SELECT e FROM ConsentEvent e WHERE e.subject IN :subjects"
                + " ORDER BY e.subject, e.sequence",
            ConsentEvent.class)
        .setParameter("subjects", heads.stream().map(ChainHead::getSubject).toList())
        .getResultStream()
        .collect(Collectors.groupingBy(ConsentEvent::getSubject));
  }

  /** The first place where a subject's chain does not hold, if any. */
  static Optional<BrokenLink> firstBreak(ChainHead head, List<ConsentEvent> chain) {
    String previous = Hashes.GENESIS;
    long expected = 1;
    for (ConsentEvent event : chain) {
      if (event.getSequence() != expected) {
        return Optional.of(
            new BrokenLink(head.getSubject(), event.getId(), expected, Problem.EVENT_MISSING));
      }
      if (!event.isIntact()) {
        return Optional.of(
            new BrokenLink(head.getSubject(), event.getId(), expected, Problem.EVENT_CHANGED));
      }
      if (!event.getPreviousHash().equals(previous)) {
        return Optional.of(
            new BrokenLink(head.getSubject(), event.getId(), expected, Problem.LINK_BROKEN));
      }
      previous = event.getHash();
      expected++;
    }
    if (head.getLastSequence() != expected - 1 || !head.getLastHash().equals(previous)) {
      return Optional.of(new BrokenLink(head.getSubject(), null, expected, Problem.EVENT_MISSING));
    }
    return Optional.empty();
  }

  private long verifySeals(List<BrokenSeal> broken) {
    List<LedgerSeal> seals =
        em.createQuery("SELECT s FROM LedgerSeal s ORDER BY s.windowEnd", LedgerSeal.class)
            .getResultList();
    String previous = Hashes.GENESIS;
    for (LedgerSeal seal : seals) {
      if (!seal.getHash().equals(seal.computeHash())) {
        broken.add(new BrokenSeal(seal.getId(), Problem.SEAL_CHANGED));
      } else if (!seal.getPreviousHash().equals(previous)) {
        broken.add(new BrokenSeal(seal.getId(), Problem.SEAL_CHAIN_BROKEN));
      } else {
        WindowDigest digest = sealer.digestOf(seal.getWindowStart(), seal.getWindowEnd());
        if (digest.count() != seal.getEventCount()
            || !digest.finish().equals(seal.getEventsDigest())) {
          broken.add(new BrokenSeal(seal.getId(), Problem.WINDOW_CHANGED));
        }
      }
      previous = seal.getHash();
    }
    return seals.size();
  }
}
