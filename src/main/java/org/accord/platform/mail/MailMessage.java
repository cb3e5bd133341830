package org.accord.platform.mail;

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
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One outgoing e-mail in the outbox. It is written in the same transaction as the change that
 * caused it, so a mail is never lost nor sent for a change that was rolled back.
 */
@Entity
@Table(name = "mail_message")
public class MailMessage {

  public static final int SUBJECT_LENGTH = 300;
  public static final int ERROR_LENGTH = 500;
  static final int MAX_ATTEMPTS = 8;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "mail_message_seq")
  @SequenceGenerator(
      name = "mail_message_seq",
      sequenceName = "mail_message_seq",
      allocationSize = 50)
  private Long id;

  @Column(nullable = false, updatable = false, length = 254)
  private String recipient;

  @Column(nullable = false, updatable = false, length = SUBJECT_LENGTH)
  private String subject;

  @Column(nullable = false, updatable = false)
  private String body;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private MailCategory category;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private MailStatus status;

  @Column(nullable = false)
  private int attempts;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "next_attempt_at", nullable = false)
  private Instant nextAttemptAt;

  @Column(name = "sent_at")
  private Instant sentAt;

  @Column(name = "last_error", length = ERROR_LENGTH)
  private String lastError;

  @Column(name = "account_id", updatable = false)
  private Long accountId;

  @Column(name = "marketing_code", updatable = false, length = 40)
  private String marketingCode;

  @Column(name = "unsubscribe_url", updatable = false, length = 600)
  private String unsubscribeUrl;

  @Version private long version;

  protected MailMessage() {}

  public MailMessage(
      String recipient,
      String subject,
      String body,
      MailCategory category,
      boolean deliverBySmtp,
      Instant now) {
    this.recipient = Objects.requireNonNull(recipient);
    this.subject =
        subject.length() > SUBJECT_LENGTH ? subject.substring(0, SUBJECT_LENGTH) : subject;
    this.body = Objects.requireNonNull(body);
    this.category = Objects.requireNonNull(category);
    this.status = deliverBySmtp ? MailStatus.PENDING : MailStatus.LOCAL;
    this.createdAt = now;
    this.nextAttemptAt = now;
  }

  /**
   * A marketing message for an account, in a category, with the address that unsubscribes it in one
   * click (RFC 8058).
   */
  public static MailMessage marketing(
      long accountId,
      String recipient,
      String marketingCode,
      String unsubscribeUrl,
      String subject,
      String body,
      boolean deliverBySmtp,
      Instant now) {
    MailMessage message =
        new MailMessage(recipient, subject, body, MailCategory.MARKETING, deliverBySmtp, now);
    message.accountId = accountId;
    message.marketingCode = Objects.requireNonNull(marketingCode);
    message.unsubscribeUrl = Objects.requireNonNull(unsubscribeUrl);
    return message;
  }

  void suppressed() {
    status = MailStatus.SUPPRESSED;
  }

  /** Back-off before the next attempt: 30 s, 1 min, 2 min, … */
  static Duration backoff(int attempts) {
    return Duration.ofSeconds(30L << Math.min(attempts - 1, 10));
  }

  public void delivered(Instant now) {
    attempts++;
    status = MailStatus.SENT;
    sentAt = now;
    lastError = null;
  }

  public void deliveryFailed(String error, Instant now) {
    attempts++;
    String message = error == null ? "unknown error" : error;
    lastError = message.length() > ERROR_LENGTH ? message.substring(0, ERROR_LENGTH) : message;
    if (attempts >= MAX_ATTEMPTS) {
      status = MailStatus.FAILED;
    } else {
      nextAttemptAt = now.plus(backoff(attempts));
    }
  }

  public Long getId() {
    return id;
  }

  public String getRecipient() {
    return recipient;
  }

  public String getSubject() {
    return subject;
  }

  public String getBody() {
    return body;
  }

  public MailCategory getCategory() {
    return category;
  }

  public MailStatus getStatus() {
    return status;
  }

  public int getAttempts() {
    return attempts;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getSentAt() {
    return sentAt;
  }

  public Long getAccountId() {
    return accountId;
  }

  public String getMarketingCode() {
    return marketingCode;
  }

  public String getUnsubscribeUrl() {
    return unsubscribeUrl;
  }

  public String getLastError() {
    return lastError;
  }
}
