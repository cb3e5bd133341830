package org.accord.policy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.accord.admin.AuditLog;
import org.accord.consent.Decision;
import org.accord.platform.SqlValues;

/**
 * Published versions of the legal documents, and the versions in {@code legal/} waiting to be
 * published. Nothing is ever published without an admin's action.
 */
@ApplicationScoped
@Transactional
public class PolicyService {

  /**
   * A version waiting to be published, with its translations: the draft of a document (edited in
   * the admin pages) or a version found in legal/.
   */
  public record Offered(
      DocumentKind kind, int version, List<LegalText> translations, boolean draft) {
    public LegalText text(String language) {
      return translations.stream()
          .filter(t -> t.language().equals(language))
          .findFirst()
          .orElse(translations.get(0));
    }
  }

  @PersistenceContext private EntityManager em;
  @Inject private LegalSource source;
  @Inject private PolicyDrafts drafts;
  @Inject private Clock clock;
  @Inject private AuditLog audit;
  @Inject private Event<PolicyChanged> changed;
  @Inject private Event<PolicyPublished> published;

  public List<PolicyVersion> history(DocumentKind kind) {
    return em.createQuery(
            "SELECT v FROM PolicyVersion v WHERE v.kind = :kind ORDER BY v.version DESC",
            PolicyVersion.class)
        .setParameter("kind", kind)
        .getResultList();
  }

  /** Every version of every document, without texts, highest version of each kind first. */
  public List<VersionEntry> entries() {
    return em.createQuery(
            "SELECT NEW org.accord.policy.VersionEntry(v.id, v.kind, v.version, v.changeKind,"
                + " v.effectiveAt, v.status) FROM PolicyVersion v ORDER BY v.kind, v.version DESC",
            VersionEntry.class)
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

  /**
   * Versions waiting to be published, by kind and version: each document's draft, and the versions
   * in legal/ that are neither published nor the draft's version.
   */
  public List<Offered> offered() {
    List<Offered> offered = new ArrayList<>();
    for (DocumentKind kind : DocumentKind.values()) {
      drafts
          .texts(kind)
          .ifPresent(ts -> offered.add(new Offered(kind, ts.get(0).version(), ts, true)));
    }
    Map<String, List<LegalText>> byVersion =
        source.all().stream()
            .collect(
                Collectors.groupingBy(
                    t -> t.kind().name() + "/" + t.version(), TreeMap::new, Collectors.toList()));
    byVersion.values().stream()
        .filter(ts -> find(ts.get(0).kind(), ts.get(0).version()).isEmpty())
        .filter(
            ts ->
                offered.stream()
                    .noneMatch(
                        o -> o.kind() == ts.get(0).kind() && o.version() == ts.get(0).version()))
        .map(ts -> new Offered(ts.get(0).kind(), ts.get(0).version(), ts, false))
        .forEach(offered::add);
    offered.sort(
        Comparator.comparing(Offered::kind)
            .thenComparingInt(Offered::version)
            .thenComparing(o -> !o.draft()));
    return offered;
  }

  /**
   * Publishes a waiting version (the draft, or a version in legal/), effective at the given instant
   * (never before now). The texts stored are exactly those offered, with their SHA-256.
   */
  public PolicyVersion publish(DocumentKind kind, int version, Instant effectiveAt, Long adminId) {
    return publish(kind, version, effectiveAt, adminId, false);
  }

  /** The same, and with {@code notifyUsers} a legal notice by e-mail to every account holder. */
  public PolicyVersion publish(
      DocumentKind kind, int version, Instant effectiveAt, Long adminId, boolean notifyUsers) {
    Offered offered =
        offered().stream()
            .filter(o -> o.kind() == kind && o.version() == version)
            .findFirst()
            .orElseThrow(
                () ->
                    find(kind, version).isPresent()
                        ? new PolicyRefusedException("policy.publish.already", version)
                        : new PolicyNotFoundException(kind, version));
    Set<String> languages =
        offered.translations().stream().map(LegalText::language).collect(Collectors.toSet());
    if (!languages.containsAll(LegalTextParser.LANGUAGES)) {
      throw new PolicyRefusedException("policy.publish.missingLanguage", version);
    }
    int latest = history(kind).stream().mapToInt(PolicyVersion::getVersion).max().orElse(0);
    if (version < latest) {
      throw new PolicyRefusedException("policy.publish.older", version, latest);
    }
    Instant now = clock.instant();
    Instant effective = effectiveAt == null || effectiveAt.isBefore(now) ? now : effectiveAt;
    PolicyVersion created = new PolicyVersion(offered.translations(), effective, now, adminId);
    em.persist(created);
    em.flush();
    if (offered.draft()) {
      drafts.published(kind);
    }
    changed.fire(new PolicyChanged(kind, version));
    published.fire(new PolicyPublished(created.getId(), kind, version, adminId, notifyUsers));
    audit.record(
        "POLICY_PUBLISH",
        kind + " v" + version,
        created.getChangeKind() + ", effective " + effective);
    return created;
  }

  /** One day of acceptances of a version: how many that day, and how many up to its end. */
  public record DailyAcceptances(LocalDate day, long count, long cumulative) {}

  /**
   * Acceptances of a version per day (UTC), from its first acceptance, days without any left out.
   */
  public List<DailyAcceptances> acceptancesByDay(PolicyVersion version) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT CAST(occurred_at AS DATE) AS accepted_on, COUNT(*) FROM consent_event"
                    + " WHERE document_version_id = ?1 AND decision = ?2"
                    + " GROUP BY CAST(occurred_at AS DATE) ORDER BY 1")
            .setParameter(1, version.getId())
            .setParameter(2, Decision.GIVEN.name())
            .getResultList();
    List<DailyAcceptances> days = new ArrayList<>();
    long total = 0;
    for (Object row : rows) {
      Object[] columns = (Object[]) row;
      long count = ((Number) columns[1]).longValue();
      total += count;
      days.add(new DailyAcceptances(SqlValues.date(columns[0]), count, total));
    }
    return days;
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
    if (retired.getStatus() == VersionStatus.RETIRED) {
      throw new PolicyRefusedException("policy.retire.already", version);
    }
    retired.retire(clock.instant());
    changed.fire(new PolicyChanged(kind, version));
    audit.record("POLICY_RETIRE", kind + " v" + version, null);
  }
}
