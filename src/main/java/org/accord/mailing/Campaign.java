package org.accord.mailing;

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

/**
 * Mail to many people, sent in the background; its recipients are {@code campaign_recipient} rows.
 */
@Entity
@Table(name = "mail_campaign")
public class Campaign {

  public enum Status {
    RUNNING,
    DONE
  }

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "mail_campaign_seq")
  @SequenceGenerator(
      name = "mail_campaign_seq",
      sequenceName = "mail_campaign_seq",
      allocationSize = 50)
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private CampaignKind kind;

  @Column(name = "marketing_code", updatable = false, length = 40)
  private String marketingCode;

  @Column(name = "policy_version_id", updatable = false)
  private Long policyVersionId;

  @Column(updatable = false, length = 300)
  private String subject;

  @Column(updatable = false)
  private String body;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Status status;

  @Column(nullable = false)
  private int total;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "created_by", updatable = false)
  private Long createdBy;

  @Column(name = "finished_at")
  private Instant finishedAt;

  @Column(length = 60)
  private String worker;

  @Column(name = "lease_until", nullable = false)
  private Instant leaseUntil;

  @Version
  @Column(name = "row_version")
  private long rowVersion;

  protected Campaign() {}

  private Campaign(CampaignKind kind, Instant now, Long createdBy) {
    this.kind = kind;
    this.status = Status.RUNNING;
    this.createdAt = now;
    this.createdBy = createdBy;
    this.leaseUntil = now;
  }

  static Campaign newsletter(String code, String subject, String body, Instant now, Long by) {
    Campaign c = new Campaign(CampaignKind.NEWSLETTER, now, by);
    c.marketingCode = code;
    c.subject = subject;
    c.body = body;
    return c;
  }

  static Campaign policyNotice(long versionId, Instant now, Long by) {
    Campaign c = new Campaign(CampaignKind.POLICY_NOTICE, now, by);
    c.policyVersionId = versionId;
    return c;
  }

  void audience(int total) {
    this.total = total;
  }

  void finished(Instant now) {
    status = Status.DONE;
    finishedAt = now;
  }

  public Long getId() {
    return id;
  }

  public CampaignKind getKind() {
    return kind;
  }

  public String getMarketingCode() {
    return marketingCode;
  }

  public Long getPolicyVersionId() {
    return policyVersionId;
  }

  public String getSubject() {
    return subject;
  }

  public String getBody() {
    return body;
  }

  public Status getStatus() {
    return status;
  }

  public int getTotal() {
    return total;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getFinishedAt() {
    return finishedAt;
  }
}
