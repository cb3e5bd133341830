package org.accord.policy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.accord.admin.AuditLog;
import org.accord.platform.TextInput;

/**
 * The draft of each document's next version: started from the latest published version or imported
 * from {@code legal/}, edited by admins (Markdown per language, the summaries and the change kind)
 * and published through {@link PolicyService#publish}.
 */
@ApplicationScoped
@Transactional
public class PolicyDrafts {

  /** The longest Markdown text a draft accepts, in characters. */
  public static final int MAX_MARKDOWN = 200_000;

  /** What an admin typed for one language. Blank Markdown leaves the language out. */
  public record DraftText(String language, String summary, String childSummary, String markdown) {}

  @PersistenceContext private EntityManager em;
  @Inject private LegalSource source;
  @Inject private Clock clock;
  @Inject private AuditLog audit;

  /** The draft of a document, one entry per language (empty when there is none). */
  public List<PolicyDraft> of(DocumentKind kind) {
    return em.createQuery(
            "SELECT d FROM PolicyDraft d WHERE d.kind = :kind ORDER BY d.language",
            PolicyDraft.class)
        .setParameter("kind", kind)
        .getResultList();
  }

  /** The draft as the texts of a version, effective now (for previews and publication). */
  public Optional<List<LegalText>> texts(DocumentKind kind) {
    Instant now = clock.instant();
    List<LegalText> texts = of(kind).stream().map(d -> d.toLegalText(now)).toList();
    return texts.isEmpty() ? Optional.empty() : Optional.of(texts);
  }

  /**
   * Starts the next version from the texts of the latest published one (or from nothing, for a
   * document never published), as a MINOR change until the admin says otherwise.
   */
  public int start(DocumentKind kind, Long by) {
    refuseIfDrafted(kind);
    Optional<PolicyVersion> latest = latest(kind);
    int next = latest.map(v -> v.getVersion() + 1).orElse(1);
    Instant now = clock.instant();
    for (String language : LegalTextParser.LANGUAGES) {
      LegalText base =
          latest
              .map(v -> v.text(language))
              .filter(t -> t.getLanguage().equals(language))
              .map(
                  t ->
                      new LegalText(
                          kind,
                          next,
                          language,
                          now,
                          ChangeKind.MINOR,
                          t.getSummary(),
                          t.getChildSummary(),
                          t.getMarkdown()))
              .orElse(new LegalText(kind, next, language, now, ChangeKind.MATERIAL, "", "", ""));
      em.persist(new PolicyDraft(base, now, by));
    }
    audit.record("POLICY_DRAFT_START", kind + " v" + next, null);
    return next;
  }

  /** Copies a version waiting in legal/ into the draft, to edit it before publishing. */
  public void importOffered(DocumentKind kind, int version, Long by) {
    refuseIfDrafted(kind);
    int latest = latest(kind).map(PolicyVersion::getVersion).orElse(0);
    if (version <= latest) {
      throw new PolicyRefusedException("policy.publish.older", version, latest);
    }
    List<LegalText> texts =
        source.all().stream().filter(t -> t.kind() == kind && t.version() == version).toList();
    if (texts.isEmpty()) {
      throw new PolicyNotFoundException(kind, version);
    }
    Instant now = clock.instant();
    texts.forEach(t -> em.persist(new PolicyDraft(t, now, by)));
    audit.record("POLICY_IMPORT", kind + " v" + version, "from legal/");
  }

  /** Replaces the draft's texts and change kind; refuses the whole save on any bad field. */
  public void save(DocumentKind kind, ChangeKind change, List<DraftText> texts, Long by) {
    List<PolicyDraft> drafts = of(kind);
    if (drafts.isEmpty()) {
      throw new PolicyRefusedException("policy.draft.none");
    }
    for (DraftText text : texts) {
      check(text);
    }
    boolean english =
        texts.stream()
            .anyMatch(
                t ->
                    PolicyVersion.FALLBACK_LANGUAGE.equals(t.language()) && !isBlank(t.markdown()));
    if (!english) {
      throw new PolicyRefusedException("policy.draft.englishRequired");
    }
    int version = drafts.get(0).getVersion();
    Instant now = clock.instant();
    for (DraftText text : texts) {
      Optional<PolicyDraft> existing =
          drafts.stream().filter(d -> d.getLanguage().equals(text.language())).findFirst();
      if (isBlank(text.markdown())) {
        existing.ifPresent(em::remove);
        continue;
      }
      LegalText legal =
          new LegalText(
              kind,
              version,
              text.language(),
              now,
              change,
              text.summary().strip(),
              text.childSummary() == null ? "" : text.childSummary().strip(),
              text.markdown().replace("\r\n", "\n"));
      if (existing.isPresent()) {
        existing.get().update(legal, now, by);
      } else {
        em.persist(new PolicyDraft(legal, now, by));
      }
    }
    audit.record("POLICY_DRAFT_SAVE", kind + " v" + version, change.name());
  }

  private static void check(DraftText text) {
    if (!LegalTextParser.LANGUAGES.contains(text.language())) {
      throw new PolicyRefusedException("policy.draft.language", String.valueOf(text.language()));
    }
    if (isBlank(text.markdown())) {
      return;
    }
    if (text.markdown().length() > MAX_MARKDOWN) {
      throw new PolicyRefusedException("policy.draft.tooLong", text.language(), MAX_MARKDOWN);
    }
    if (isBlank(text.summary())) {
      throw new PolicyRefusedException("policy.draft.summaryRequired", text.language());
    }
    String child = text.childSummary() == null ? "" : text.childSummary();
    if (text.summary().length() > PolicyText.SUMMARY_LENGTH
        || child.length() > PolicyText.SUMMARY_LENGTH) {
      throw new PolicyRefusedException(
          "policy.draft.summaryTooLong", text.language(), PolicyText.SUMMARY_LENGTH);
    }
    if (!TextInput.isCleanText(text.markdown())
        || !TextInput.isCleanText(text.summary())
        || !TextInput.isCleanText(child)) {
      throw new PolicyRefusedException("policy.draft.characters", text.language());
    }
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }

  /** Throws the draft away. */
  public void discard(DocumentKind kind) {
    List<PolicyDraft> drafts = of(kind);
    if (drafts.isEmpty()) {
      return;
    }
    drafts.forEach(em::remove);
    audit.record("POLICY_DRAFT_DISCARD", kind + " v" + drafts.get(0).getVersion(), null);
  }

  /** Removes the draft once it is published (part of the publishing transaction). */
  void published(DocumentKind kind) {
    of(kind).forEach(em::remove);
  }

  private void refuseIfDrafted(DocumentKind kind) {
    if (!of(kind).isEmpty()) {
      throw new PolicyRefusedException("policy.draft.exists");
    }
  }

  private Optional<PolicyVersion> latest(DocumentKind kind) {
    return em.createQuery(
            "SELECT v FROM PolicyVersion v WHERE v.kind = :kind ORDER BY v.version DESC",
            PolicyVersion.class)
        .setParameter("kind", kind)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }
}
