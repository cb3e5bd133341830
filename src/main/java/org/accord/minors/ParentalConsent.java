package org.accord.minors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.accord.consent.ClientInfo;
import org.accord.consent.ConsentLedger;
import org.accord.consent.ConsentRequest;
import org.accord.consent.Decision;
import org.accord.consent.Method;
import org.accord.consent.Purpose;
import org.accord.platform.AccordException;
import org.accord.platform.AppSecrets;
import org.accord.platform.Hashes;
import org.accord.platform.Links;
import org.accord.platform.SqlValues;
import org.accord.platform.mail.MailCategory;
import org.accord.platform.mail.Outbox;
import org.accord.policy.PolicyAcceptance;
import org.accord.policy.PolicyText;
import org.accord.policy.PolicyVersion;

/**
 * A parent's or guardian's consent for an account below its country's age of digital consent (C5):
 * a single-use link that expires, approval recorded on the child's ledger subject as made on their
 * behalf (the parent known only by a keyed hash of their address), and a decline that deletes the
 * child's account.
 */
@ApplicationScoped
@Transactional
public class ParentalConsent {

  static final Duration VALID = Duration.ofDays(7);
  static final Duration REMIND_AFTER = Duration.ofDays(3);
  static final String SECRET = "parent-email";

  /** An open request, as the parent's page shows it. */
  public record Pending(
      long requestId, long accountId, String childEmail, String subject, Instant expiresAt) {}

  /** The link cannot be used (unknown, already used, expired); nothing was changed. */
  public static class LinkException extends AccordException {
    private static final long serialVersionUID = 1L;

    LinkException(String key) {
      super(key);
    }

    @Override
    public int httpStatus() {
      return 404;
    }
  }

  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;
  @Inject private AppSecrets secrets;
  @Inject private Outbox outbox;
  @Inject private Links links;
  @Inject private ConsentLedger ledger;
  @Inject private PolicyAcceptance acceptance;

  private static String newToken() {
    byte[] random = new byte[32];
    new SecureRandom().nextBytes(random);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
  }

  /** Opens a request for an account and mails the parent the link (in the child's language). */
  public void request(long accountId, String childEmail, String parentEmail, Locale language) {
    String token = newToken();
    Instant now = clock.instant();
    // An account re-evaluated after a change of details may have an earlier, decided request.
    em.createNativeQuery("DELETE FROM parental_request WHERE account_id = ?1")
        .setParameter(1, accountId)
        .executeUpdate();
    em.createNativeQuery(
            "INSERT INTO parental_request (account_id, parent_email, parent_hash, token_hash,"
                + " status, created_at, expires_at) VALUES (?2, ?3, ?4, ?5, 'PENDING', ?6, ?7)")
        .setParameter(2, accountId)
        .setParameter(3, parentEmail)
        .setParameter(4, parentHash(parentEmail))
        .setParameter(5, Hashes.sha256(token))
        .setParameter(6, now.atOffset(ZoneOffset.UTC))
        .setParameter(7, now.plus(VALID).atOffset(ZoneOffset.UTC))
        .executeUpdate();
    outbox.queue(
        parentEmail,
        "parentConsent",
        language,
        MailCategory.TRANSACTIONAL,
        childEmail,
        links.absolute("/parent/consent?token=" + token),
        VALID.toDays());
  }

  /**
   * Once a day's work: requests open for {@link #REMIND_AFTER} get one reminder with a fresh link
   * (the first stops working), and accounts whose request expired unanswered are deleted. Answers
   * how many reminders and deletions there were.
   */
  public int[] sweep() {
    Instant now = clock.instant();
    List<?> due =
        em.createNativeQuery(
                "SELECT r.account_id, r.parent_email, a.email, a.language FROM parental_request r"
                    + " JOIN account a ON a.id = r.account_id WHERE r.status = 'PENDING'"
                    + " AND r.reminded_at IS NULL AND r.created_at <= ?1 AND r.expires_at > ?2")
            .setParameter(1, now.minus(REMIND_AFTER).atOffset(ZoneOffset.UTC))
            .setParameter(2, now.atOffset(ZoneOffset.UTC))
            .getResultList();
    for (Object row : due) {
      Object[] r = (Object[]) row;
      String token = newToken();
      em.createNativeQuery(
              "UPDATE parental_request SET token_hash = ?1, reminded_at = ?2 WHERE account_id = ?3")
          .setParameter(1, Hashes.sha256(token))
          .setParameter(2, now.atOffset(ZoneOffset.UTC))
          .setParameter(3, ((Number) r[0]).longValue())
          .executeUpdate();
      outbox.queue(
          (String) r[1],
          "parentConsentReminder",
          Locale.forLanguageTag((String) r[3]),
          MailCategory.TRANSACTIONAL,
          r[2],
          links.absolute("/parent/consent?token=" + token),
          Duration.between(now, now.plus(VALID).minus(REMIND_AFTER)).toDays());
    }
    int deleted =
        em.createNativeQuery(
                "DELETE FROM account WHERE guardian = 'PENDING' AND id IN (SELECT account_id FROM"
                    + " parental_request WHERE status = 'PENDING' AND expires_at <= ?1)")
            .setParameter(1, now.atOffset(ZoneOffset.UTC))
            .executeUpdate();
    return new int[] {due.size(), deleted};
  }

  /** The open request behind a link, or why it cannot be used. */
  public Pending pending(String token) {
    if (token == null || !token.matches("[A-Za-z0-9_-]{20,100}")) {
      throw new LinkException("parent.link.invalid");
    }
    List<?> rows =
        em.createNativeQuery(
                "SELECT r.account_id, r.account_id, a.email, a.consent_subject, r.expires_at, r.status"
                    + " FROM parental_request r JOIN account a ON a.id = r.account_id"
                    + " WHERE r.token_hash = ?1")
            .setParameter(1, Hashes.sha256(token))
            .getResultList();
    if (rows.isEmpty()) {
      throw new LinkException("parent.link.invalid");
    }
    Object[] r = (Object[]) rows.get(0);
    if (!"PENDING".equals(r[5])) {
      throw new LinkException("parent.link.used");
    }
    Instant expires = SqlValues.instant(r[4]);
    if (!clock.instant().isBefore(expires)) {
      throw new LinkException("parent.link.expired");
    }
    return new Pending(
        ((Number) r[0]).longValue(),
        ((Number) r[1]).longValue(),
        (String) r[2],
        (String) r[3],
        expires);
  }

  /**
   * The parent accepts the documents in force for the child, exactly as shown in the given
   * language: events on the child's subject, made on their behalf; the account is released.
   */
  public void approve(
      String token, List<Long> shownVersionIds, String language, ClientInfo client) {
    Pending pending = pending(token);
    String parent = parentHashOf(pending.requestId());
    for (Long versionId : shownVersionIds) {
      PolicyVersion version =
          acceptance
              .findVersion(versionId)
              .orElseThrow(() -> new LinkException("parent.link.invalid"));
      PolicyText shown = version.text(language);
      ledger.append(
          new ConsentRequest(
              pending.subject(),
              version.getKind().purpose(),
              Decision.GIVEN,
              version.getId(),
              shown.getSha256(),
              shown.getLanguage(),
              Method.PARENT_LINK,
              client.ipAddress(),
              client.userAgent(),
              parent,
              "parent:" + pending.requestId() + ":" + versionId,
              null));
    }
    ledger.append(
        new ConsentRequest(
            pending.subject(),
            Purpose.PARENTAL,
            Decision.GIVEN,
            null,
            null,
            language,
            Method.PARENT_LINK,
            client.ipAddress(),
            client.userAgent(),
            parent,
            "parent:" + pending.requestId(),
            "guardian approved the account"));
    em.createNativeQuery("UPDATE account SET guardian = 'APPROVED' WHERE id = ?1")
        .setParameter(1, pending.accountId())
        .executeUpdate();
    decide(pending.requestId(), "APPROVED");
  }

  /**
   * The person, now of their country's age of digital consent, has accepted the documents in force
   * themselves: the ledger records that the guardian's consent for them has expired, replaced by
   * their own, and the account no longer counts as one a guardian decides for.
   */
  public void outgrown(long accountId, String subject, String language, ClientInfo client) {
    ledger.append(
        new ConsentRequest(
            subject,
            Purpose.PARENTAL,
            Decision.EXPIRED,
            null,
            null,
            language,
            Method.REVIEW_PAGE,
            client.ipAddress(),
            client.userAgent(),
            null,
            "outgrown:" + accountId,
            "own consent at the age of digital consent replaces the guardian's"));
    em.createNativeQuery(
            "UPDATE account SET guardian = 'OUTGROWN' WHERE id = ?1 AND guardian = 'APPROVED'")
        .setParameter(1, accountId)
        .executeUpdate();
  }

  /** The parent declines: the child's account and its data are deleted. */
  public void decline(String token) {
    Pending pending = pending(token);
    decide(pending.requestId(), "DECLINED");
    em.createNativeQuery("DELETE FROM account WHERE id = ?1")
        .setParameter(1, pending.accountId())
        .executeUpdate();
  }

  private void decide(long requestId, String status) {
    em.createNativeQuery(
            "UPDATE parental_request SET status = ?1, parent_email = NULL, decided_at = ?2"
                + " WHERE account_id = ?3")
        .setParameter(1, status)
        .setParameter(2, clock.instant().atOffset(ZoneOffset.UTC))
        .setParameter(3, requestId)
        .executeUpdate();
  }

  private String parentHashOf(long requestId) {
    return (String)
        em.createNativeQuery("SELECT parent_hash FROM parental_request WHERE account_id = ?1")
            .setParameter(1, requestId)
            .getSingleResult();
  }

  /** HMAC-SHA256 of the parent's address (lower case) with the application's own key. */
  String parentHash(String email) {
    return HexFormat.of()
        .formatHex(
            secrets.hmacSha256(
                SECRET, email.strip().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8)));
  }
}
