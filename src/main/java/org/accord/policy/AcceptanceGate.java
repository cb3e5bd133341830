package org.accord.policy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.accord.consent.ConsentEvent;
import org.accord.consent.Decision;
import org.accord.consent.Method;

/**
 * Applies {@link AcceptanceRules} to a person: which required documents in force the person must
 * (re-)accept, which changes only need a notice and which versions are announced. The versions come
 * from the in-memory {@link PolicyCatalog}; what the person accepted comes from the ledger, or from
 * what the caller remembered of it (acceptances are never taken back, so a remembered acceptance
 * stays true).
 */
@ApplicationScoped
@Transactional
public class AcceptanceGate {

  @PersistenceContext private EntityManager em;
  @Inject private PolicyCatalog catalog;
  @Inject private Clock clock;

  /** The highest version of each document the subject has accepted (absent: none). */
  public Map<DocumentKind, Integer> acceptedUpTo(String subject) {
    return acceptedUpTo(subject, null);
  }

  /**
   * The highest version of each document the subject has accepted; with {@code ownSince}, only what
   * the person accepted themselves from that instant on (when they reached the age of digital
   * consent), not what they or a parent or guardian accepted before (C5).
   */
  public Map<DocumentKind, Integer> acceptedUpTo(String subject, Instant ownSince) {
    boolean ownOnly = ownSince != null;
    Map<DocumentKind, Integer> accepted = new EnumMap<>(DocumentKind.class);
    TypedQuery<Object[]> query =
        em.createQuery(
                "SELECT v.kind, MAX(v.version) FROM ConsentEvent e, PolicyVersion v"
                    + " WHERE e.subject = :subject AND e.decision = :given"
                    + " AND e.documentVersionId = v.id"
                    + (ownOnly ? " AND e.method <> :onBehalf AND e.occurredAt >= :since" : "")
                    + " GROUP BY v.kind",
                Object[].class)
            .setParameter("subject", subject)
            .setParameter("given", Decision.GIVEN);
    if (ownOnly) {
      query.setParameter("onBehalf", Method.PARENT_LINK).setParameter("since", ownSince);
    }
    query
        .getResultList()
        .forEach(row -> accepted.put((DocumentKind) row[0], ((Number) row[1]).intValue()));
    return accepted;
  }

  /** A document version a person had accepted at some instant, with the event that proves it. */
  public record Accepted(
      DocumentKind kind,
      int version,
      long versionId,
      long eventId,
      Instant acceptedAt,
      String textHash,
      String language) {}

  /**
   * Which version of each document the subject had accepted at the given instant: the highest
   * version accepted by then, with its event. One indexed query over the subject's events.
   */
  public List<Accepted> acceptedAt(String subject, Instant at) {
    Map<DocumentKind, Accepted> found = new EnumMap<>(DocumentKind.class);
    List<ConsentEvent> events =
        em.createQuery(
                "SELECT e FROM ConsentEvent e WHERE e.subject = :subject AND e.occurredAt <= :at"
                    + " AND e.decision = :given AND e.documentVersionId IS NOT NULL",
                ConsentEvent.class)
            .setParameter("subject", subject)
            .setParameter("at", at)
            .setParameter("given", Decision.GIVEN)
            .getResultList();
    for (ConsentEvent e : events) {
      Long id = e.getDocumentVersionId();
      catalog
          .find(id)
          .or(() -> Optional.ofNullable(em.find(PolicyVersion.class, id)).map(VersionEntry::of))
          .filter(v -> v.kind().purpose() == e.getPurpose())
          .ifPresent(
              v ->
                  found.merge(
                      v.kind(),
                      new Accepted(
                          v.kind(),
                          v.version(),
                          v.id(),
                          e.getId(),
                          e.getOccurredAt(),
                          e.getTextHash(),
                          e.getLanguage()),
                      (a, b) -> a.version() >= b.version() ? a : b));
    }
    return List.copyOf(found.values());
  }

  /** The versions in force that someone who accepted the given versions still has to accept. */
  public List<VersionEntry> pending(Map<DocumentKind, Integer> accepted) {
    return apply(
        accepted,
        true,
        (versions, upTo, now) -> AcceptanceRules.required(versions, upTo, now).stream().toList());
  }

  /** Versions in force changed since the person accepted, without having to be accepted again. */
  public List<VersionEntry> changedSince(Map<DocumentKind, Integer> accepted) {
    return apply(
        accepted,
        false,
        (versions, upTo, now) ->
            AcceptanceRules.changedSince(versions, upTo, now).stream().toList());
  }

  /** Published versions taking effect later that the person has not accepted yet. */
  public List<VersionEntry> announced(Map<DocumentKind, Integer> accepted) {
    return apply(accepted, false, AcceptanceRules::announced);
  }

  private interface Rule {
    List<VersionEntry> apply(List<VersionEntry> versions, int acceptedUpTo, Instant now);
  }

  /** One of the rules for every document (or every required one), in document order. */
  private List<VersionEntry> apply(
      Map<DocumentKind, Integer> accepted, boolean requiredOnly, Rule rule) {
    Instant now = clock.instant();
    List<VersionEntry> found = new ArrayList<>();
    for (DocumentKind kind : DocumentKind.values()) {
      if (kind.isRequiredForAll() || !requiredOnly) {
        found.addAll(rule.apply(catalog.versions(kind), accepted.getOrDefault(kind, 0), now));
      }
    }
    return found;
  }

  /**
   * The versions in force that the subject still has to accept, in document order; with {@code
   * ownSince}, only the person's own acceptances from that instant on count.
   */
  public List<PolicyVersion> pending(String subject, Instant ownSince) {
    return pending(acceptedUpTo(subject, ownSince)).stream()
        .map(v -> em.find(PolicyVersion.class, v.id()))
        .toList();
  }

  /** The version of a document the subject accepted last before, for the diff (if any). */
  public Optional<PolicyVersion> previouslyAccepted(String subject, DocumentKind kind) {
    Integer version = acceptedUpTo(subject).get(kind);
    return Optional.ofNullable(version)
        .flatMap(
            n ->
                catalog.versions(kind).stream()
                    .filter(v -> v.version() == n)
                    .findFirst()
                    .map(v -> em.find(PolicyVersion.class, v.id())));
  }
}
