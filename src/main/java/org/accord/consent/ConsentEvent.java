package org.accord.consent;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import org.accord.platform.Hashes;

/**
 * One consent decision, immutable once written (the table is INSERT-only). Each event carries the
 * hash of its subject's previous event and its own hash over a canonical serialisation of every
 * field, so any later change to a stored event, or a removed or reordered one, is detectable.
 */
@Entity
@Table(name = "consent_event")
public class ConsentEvent {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "consent_event_seq")
  @SequenceGenerator(
      name = "consent_event_seq",
      sequenceName = "consent_event_seq",
      allocationSize = 50)
  private Long id;

  @Column(nullable = false, updatable = false, length = ConsentRequest.SUBJECT_LENGTH)
  private String subject;

  @Column(name = "subject_sequence", nullable = false, updatable = false)
  private long sequence;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private Purpose purpose;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private Decision decision;

  @Column(name = "document_version_id", updatable = false)
  private Long documentVersionId;

  @Column(name = "text_hash", updatable = false, length = 64)
  private String textHash;

  @Column(updatable = false, length = 8)
  private String language;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private Method method;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private Instant occurredAt;

  @Column(name = "ip_truncated", updatable = false, length = 45)
  private String ipTruncated;

  @Column(name = "user_agent", updatable = false, length = ConsentRequest.USER_AGENT_LENGTH)
  private String userAgent;

  @Column(updatable = false, length = ConsentRequest.SUBJECT_LENGTH)
  private String actor;

  @Column(name = "submission_token", updatable = false, length = ConsentRequest.TOKEN_LENGTH)
  private String submissionToken;

  @Column(updatable = false, length = ConsentRequest.DETAIL_LENGTH)
  private String detail;

  @Column(name = "previous_hash", nullable = false, updatable = false, length = 64)
  private String previousHash;

  @Column(nullable = false, updatable = false, length = 64)
  private String hash;

  protected ConsentEvent() {}

  /** The next event of a subject's chain, after the event with the given sequence and hash. */
  ConsentEvent(ConsentRequest request, long sequence, String previousHash, Instant now) {
    this.subject = request.subject();
    this.sequence = sequence;
    this.purpose = request.purpose();
    this.decision = request.decision();
    this.documentVersionId = request.documentVersionId();
    this.textHash = request.textHash();
    this.language = request.language();
    this.method = request.method();
    this.occurredAt = now.truncatedTo(ChronoUnit.MILLIS);
    this.ipTruncated = ClientAddress.truncate(request.ipAddress());
    this.userAgent = request.userAgent();
    this.actor = request.actor();
    this.submissionToken = request.submissionToken();
    this.detail = request.detail();
    this.previousHash = Objects.requireNonNull(previousHash);
    this.hash = computeHash();
  }

  /** The hash this event should carry, recomputed from its fields. */
  public String computeHash() {
    return Hashes.sha256(
        new Canonical()
            .field("subject", subject)
            .field("sequence", sequence)
            .field("purpose", purpose)
            .field("decision", decision)
            .field("documentVersion", documentVersionId)
            .field("textHash", textHash)
            .field("language", language)
            .field("method", method)
            .field("occurredAt", occurredAt)
            .field("ip", ipTruncated)
            .field("userAgent", userAgent)
            .field("actor", actor)
            .field("submission", submissionToken)
            .field("detail", detail)
            .field("previous", previousHash)
            .toString());
  }

  /** Whether the stored hash still matches the stored fields. */
  public boolean isIntact() {
    return hash.equals(computeHash());
  }

  public Long getId() {
    return id;
  }

  public String getSubject() {
    return subject;
  }

  public long getSequence() {
    return sequence;
  }

  public Purpose getPurpose() {
    return purpose;
  }

  public Decision getDecision() {
    return decision;
  }

  public Long getDocumentVersionId() {
    return documentVersionId;
  }

  public String getTextHash() {
    return textHash;
  }

  public String getLanguage() {
    return language;
  }

  public Method getMethod() {
    return method;
  }

  public Instant getOccurredAt() {
    return occurredAt;
  }

  public String getIpTruncated() {
    return ipTruncated;
  }

  public String getUserAgent() {
    return userAgent;
  }

  public String getActor() {
    return actor;
  }

  public String getSubmissionToken() {
    return submissionToken;
  }

  public String getDetail() {
    return detail;
  }

  public String getPreviousHash() {
    return previousHash;
  }

  public String getHash() {
    return hash;
  }
}
