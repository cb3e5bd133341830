package org.accord.policy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.accord.admin.AuditLog;
import org.accord.consent.Decision;

/**
 * Published versions of the legal documents, and the versions in {@code legal/} waiting to be
 * published. Nothing is ever published without an admin's action.
 */
@ApplicationScoped
@Transactional
public class PolicyService {

  /** A version found in legal/ and not yet published, with its translations. */
  public record Offered(DocumentKind kind, int version, List<LegalText> translations) {
    public LegalText text(String language) {
      return translations.stream()
          .filter(t -> t.language().equals(language))
          .findFirst()
          .orElse(translations.get(0));
    }
  }

  @PersistenceContext private EntityManager em;
  @Inject private LegalSource source;
  @Inject private Clock clock;
  @Inject private AuditLog audit;

  public List<PolicyVersion> history(DocumentKind kind) {
    return em.createQuery(
            "SELECT v FROM PolicyVersion v WHERE v.kind = :kind ORDER BY v.version DESC",
            PolicyVersion.class)
        .setParameter("kind", kind)
        .getResultList();
  }

  public Optional<PolicyVersion> find(DocumentKind kind, int version) {
    return history(kind).stream().filter(v -> v.getVersion() == version).findFirst();
  }

  public PolicyVersion get(DocumentKind kind, int version) {
    return find(kind, version).orElseThrow(() -> new PolicyNotFoundException(kind, version));
  }

  /** The version in force at an instant: the highest published one already effective. */
  public Optional<PolicyVersion> current(DocumentKind kind, Instant at) {
    return history(kind).stream().filter(v -> v.isEffectiveAt(at)).findFirst();
  }

  public Optional<PolicyVersion> current(DocumentKind kind) {
    return current(kind, clock.instant());
  }

  /** Published versions that take effect later, soonest first. */
  public List<PolicyVersion> upcoming(DocumentKind kind) {
    Instant now = clock.instant();
    return history(kind).stream()
        .filter(v -> v.isUpcomingAt(now))
        .sorted((a, b) -> a.getEffectiveAt().compareTo(b.getEffectiveAt()))
        .toList();
  }

  /** Versions in legal/ that are not published yet, by kind and version. */
  public List<Offered> offered() {
    Map<String, List<LegalText>> byVersion =
        source.all().stream()
            .collect(
                Collectors.groupingBy(
                    t -> t.kind().name() + "/" + t.version(), TreeMap::new, Collectors.toList()));
    return byVersion.values().stream()
        .filter(ts -> find(ts.get(0).kind(), ts.get(0).version()).isEmpty())
        .map(ts -> new Offered(ts.get(0).kind(), ts.get(0).version(), ts))
        .toList();
  }

  /**
   * Publishes a version from legal/, effective at the given instant (never before now). The texts
   * stored are exactly those of the files, with their SHA-256.
   */
  @Transactional
  public PolicyVersion publish(DocumentKind kind, int version, Instant effectiveAt, Long adminId) {
    Offered offered =
        offered().stream()
            .filter(o -> o.kind() == kind && o.version() == version)
            .findFirst()
            .orElseThrow(
                () ->
                    find(kind, version).isPresent()
                        ? new PublishRefusedException("policy.publish.already", version)
                        : new PolicyNotFoundException(kind, version));
    Set<String> languages =
        offered.translations().stream().map(LegalText::language).collect(Collectors.toSet());
    if (!languages.containsAll(LegalTextParser.LANGUAGES)) {
      throw new PublishRefusedException("policy.publish.missingLanguage", version);
    }
    int latest = history(kind).stream().mapToInt(PolicyVersion::getVersion).max().orElse(0);
    if (version < latest) {
      throw new PublishRefusedException("policy.publish.older", version, latest);
    }
    Instant now = clock.instant();
    Instant effective = effectiveAt == null || effectiveAt.isBefore(now) ? now : effectiveAt;
    PolicyVersion published = new PolicyVersion(offered.translations(), effective, now, adminId);
    em.persist(published);
    audit.record(
        "POLICY_PUBLISH",
        kind + " v" + version,
        published.getChangeKind() + ", effective " + effective);
    return published;
  }

  /** How many people have accepted exactly this version. */
  public long acceptedCount(PolicyVersion version) {
    return em.createQuery(
            "SELECT COUNT(DISTINCT e.subject) FROM ConsentEvent e"
                + " WHERE e.documentVersionId = :id AND e.decision = :given",
            Long.class)
        .setParameter("id", version.getId())
        .setParameter("given", Decision.GIVEN)
        .getSingleResult();
  }

  /**
   * How many accounts still have to accept a document: those that have not accepted its MATERIAL
   * version in force (or a later one).
   */
  public long pendingCount(DocumentKind kind) {
    Instant now = clock.instant();
    Optional<PolicyVersion> bar =
        history(kind).stream()
            .filter(v -> v.isEffectiveAt(now) && v.requiresReacceptance())
            .findFirst();
    if (bar.isEmpty()) {
      return 0;
    }
    long accounts = em.createQuery("SELECT COUNT(a) FROM Account a", Long.class).getSingleResult();
    long accepted =
        em.createQuery(
                "SELECT COUNT(DISTINCT e.subject) FROM ConsentEvent e, PolicyVersion v"
                    + " WHERE e.documentVersionId = v.id AND v.kind = :kind"
                    + " AND v.version >= :bar AND e.decision = :given",
                Long.class)
            .setParameter("kind", kind)
            .setParameter("bar", bar.get().getVersion())
            .setParameter("given", Decision.GIVEN)
            .getSingleResult();
    return Math.max(0, accounts - accepted);
  }

  /** Withdraws a published version: it no longer counts, and stays in the history. */
  @Transactional
  public void retire(DocumentKind kind, int version) {
    PolicyVersion retired = get(kind, version);
    retired.retire(clock.instant());
    audit.record("POLICY_RETIRE", kind + " v" + version, null);
  }
}
