package org.accord.policy;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A published version of a legal document. Its texts never change once published; only its status
 * can move from PUBLISHED to RETIRED.
 */
@Entity
@Table(name = "policy_version")
public class PolicyVersion {

  public static final String FALLBACK_LANGUAGE = "en";

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "policy_version_seq")
  @SequenceGenerator(
      name = "policy_version_seq",
      sequenceName = "policy_version_seq",
      allocationSize = 50)
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private DocumentKind kind;

  @Column(nullable = false, updatable = false)
  private int version;

  @Enumerated(EnumType.STRING)
  @Column(name = "change_kind", nullable = false, updatable = false)
  private ChangeKind changeKind;

  @Column(name = "effective_at", nullable = false, updatable = false)
  private Instant effectiveAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private VersionStatus status;

  @Column(name = "published_at", nullable = false, updatable = false)
  private Instant publishedAt;

  @Column(name = "published_by", updatable = false)
  private Long publishedBy;

  @Column(name = "retired_at")
  private Instant retiredAt;

  @Version
  @Column(name = "row_version")
  private long rowVersion;

  @OneToMany(mappedBy = "version", cascade = CascadeType.PERSIST, fetch = FetchType.EAGER)
  private List<PolicyText> texts = new ArrayList<>();

  protected PolicyVersion() {}

  /** Publishes the given translations of one version, effective at the given instant. */
  PolicyVersion(List<LegalText> translations, Instant effectiveAt, Instant now, Long publishedBy) {
    LegalText first = translations.get(0);
    this.kind = first.kind();
    this.version = first.version();
    this.changeKind = first.change();
    this.effectiveAt = effectiveAt;
    this.status = VersionStatus.PUBLISHED;
    this.publishedAt = now;
    this.publishedBy = publishedBy;
    for (LegalText text : translations) {
      texts.add(new PolicyText(this, text));
    }
  }

  /** A version number from an address parameter, if it is one. */
  public static Optional<Integer> parseNumber(String value) {
    return value != null && value.matches("[1-9][0-9]{0,5}")
        ? Optional.of(Integer.valueOf(value))
        : Optional.empty();
  }

  /** Whether users who accepted an earlier version must accept this one before going on. */
  public boolean requiresReacceptance() {
    return changeKind == ChangeKind.MATERIAL;
  }

  /** Whether this version governs at the given instant (published, retired or not yet). */
  public boolean isEffectiveAt(Instant instant) {
    return VersionEntry.of(this).isEffectiveAt(instant);
  }

  public boolean isUpcomingAt(Instant instant) {
    return VersionEntry.of(this).isUpcomingAt(instant);
  }

  /** The text in the given language, or in English when there is none. */
  public PolicyText text(String language) {
    return find(language).or(() -> find(FALLBACK_LANGUAGE)).orElse(texts.get(0));
  }

  private Optional<PolicyText> find(String language) {
    return texts.stream().filter(t -> t.getLanguage().equals(language)).findFirst();
  }

  void retire(Instant now) {
    status = VersionStatus.RETIRED;
    retiredAt = now;
  }

  public Long getId() {
    return id;
  }

  public DocumentKind getKind() {
    return kind;
  }

  public int getVersion() {
    return version;
  }

  public ChangeKind getChangeKind() {
    return changeKind;
  }

  public Instant getEffectiveAt() {
    return effectiveAt;
  }

  public VersionStatus getStatus() {
    return status;
  }

  public Instant getPublishedAt() {
    return publishedAt;
  }

  public Instant getRetiredAt() {
    return retiredAt;
  }
}
