package org.accord.policy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** One language of the draft of a document's next version. Edited freely until published. */
@Entity
@Table(name = "policy_draft")
public class PolicyDraft {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "policy_draft_seq")
  @SequenceGenerator(
      name = "policy_draft_seq",
      sequenceName = "policy_draft_seq",
      allocationSize = 50)
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private DocumentKind kind;

  @Column(nullable = false, updatable = false)
  private int version;

  @Column(nullable = false, updatable = false, length = 8)
  private String language;

  @Enumerated(EnumType.STRING)
  @Column(name = "change_kind", nullable = false)
  private ChangeKind changeKind;

  @Column(nullable = false, length = PolicyText.SUMMARY_LENGTH)
  private String summary;

  @Column(name = "child_summary", nullable = false, length = PolicyText.SUMMARY_LENGTH)
  private String childSummary;

  @Column(nullable = false)
  private String markdown;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "updated_by")
  private Long updatedBy;

  @Version
  @Column(name = "row_version")
  private long rowVersion;

  protected PolicyDraft() {}

  PolicyDraft(LegalText text, Instant now, Long by) {
    this.kind = text.kind();
    this.version = text.version();
    this.language = text.language();
    update(text, now, by);
  }

  void update(LegalText text, Instant now, Long by) {
    this.changeKind = text.change();
    this.summary = text.summary();
    this.childSummary = text.childSummary();
    this.markdown = text.markdown();
    this.updatedAt = now;
    this.updatedBy = by;
  }

  /** This draft as the text of a version, as if it took effect at the given instant. */
  public LegalText toLegalText(Instant effective) {
    return new LegalText(
        kind, version, language, effective, changeKind, summary, childSummary, markdown);
  }

  public DocumentKind getKind() {
    return kind;
  }

  public int getVersion() {
    return version;
  }

  public String getLanguage() {
    return language;
  }

  public ChangeKind getChangeKind() {
    return changeKind;
  }

  public String getSummary() {
    return summary;
  }

  public String getChildSummary() {
    return childSummary;
  }

  public String getMarkdown() {
    return markdown;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }
}
