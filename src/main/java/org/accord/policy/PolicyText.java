package org.accord.policy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.accord.platform.Hashes;

/** The exact text of a published version in one language, with its SHA-256. Immutable. */
@Entity
@Table(name = "policy_text")
public class PolicyText {

  public static final int SUMMARY_LENGTH = 2000;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "policy_text_seq")
  @SequenceGenerator(
      name = "policy_text_seq",
      sequenceName = "policy_text_seq",
      allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "version_id", updatable = false)
  private PolicyVersion version;

  @Column(nullable = false, updatable = false, length = 8)
  private String language;

  @Column(nullable = false, updatable = false)
  private String markdown;

  @Column(nullable = false, updatable = false, length = 64)
  private String sha256;

  @Column(nullable = false, updatable = false, length = SUMMARY_LENGTH)
  private String summary;

  @Column(name = "child_summary", nullable = false, updatable = false, length = SUMMARY_LENGTH)
  private String childSummary;

  protected PolicyText() {}

  PolicyText(PolicyVersion version, LegalText text) {
    if (text.summary().length() > SUMMARY_LENGTH || text.childSummary().length() > SUMMARY_LENGTH) {
      throw new InvalidLegalTextException(
          text.kind().folder() + "/v" + text.version() + "." + text.language() + ".md",
          "a summary is longer than " + SUMMARY_LENGTH + " characters");
    }
    this.version = version;
    this.language = text.language();
    this.markdown = text.markdown();
    this.sha256 = Hashes.sha256(markdown);
    this.summary = text.summary();
    this.childSummary = text.childSummary();
  }

  public String getLanguage() {
    return language;
  }

  public String getMarkdown() {
    return markdown;
  }

  public String getSha256() {
    return sha256;
  }

  public String getSummary() {
    return summary;
  }

  public String getChildSummary() {
    return childSummary;
  }

  public PolicyVersion getVersion() {
    return version;
  }
}
