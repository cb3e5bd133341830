package org.accord.marketing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.accord.minors.Minors;
import org.accord.platform.Links;
import org.accord.platform.SqlValues;
import org.accord.platform.mail.MailMessage;
import org.accord.platform.mail.MarketingRecipients;
import org.accord.platform.mail.Outbox;

/**
 * The only way marketing mail is sent (C4): to a verified account that is opted into the category.
 * A call for anyone else sends nothing and is logged; delivery checks again, so someone who
 * unsubscribes after a message was queued does not receive it.
 */
@ApplicationScoped
@Transactional
public class MarketingMail implements MarketingRecipients {

  private static final Logger LOG = Logger.getLogger(MarketingMail.class.getName());

  /** An account as marketing mail sees it. */
  public record Recipient(
      long accountId,
      String email,
      String subject,
      boolean active,
      boolean awaitingGuardian,
      Locale language,
      LocalDate birthDate,
      String country) {}

  @PersistenceContext private EntityManager em;
  @Inject private MarketingPreferences preferences;
  @Inject private UnsubscribeTokens tokens;
  @Inject private Outbox outbox;
  @Inject private Links links;
  @Inject private Minors minors;

  public Optional<Recipient> recipient(long accountId) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT id, email, consent_subject, status, language, guardian, birth_date, country"
                    + " FROM account"
                    + " WHERE id = ?1")
            .setParameter(1, accountId)
            .getResultList();
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    Object[] r = (Object[]) rows.get(0);
    return Optional.of(
        new Recipient(
            ((Number) r[0]).longValue(),
            (String) r[1],
            (String) r[2],
            "ACTIVE".equals(r[3]),
            "PENDING".equals(r[5]),
            Locale.forLanguageTag((String) r[4]),
            SqlValues.date(r[6]),
            (String) r[7]));
  }

  /** Why a person may not receive marketing mail of a category, or empty when they may. */
  public Optional<String> refusal(Optional<Recipient> recipient, String code) {
    if (recipient.isEmpty()) {
      return Optional.of("no such account");
    }
    if (minors.isNeverOfferedMarketing(recipient.get().birthDate(), recipient.get().country())) {
      return Optional.of("never offered: a US resident under 13 (COPPA)");
    }
    if (recipient.get().awaitingGuardian()) {
      return Optional.of("a parent or guardian has not consented yet");
    }
    if (!recipient.get().active()) {
      return Optional.of("e-mail address not verified");
    }
    if (!preferences.isOptedIn(recipient.get().subject(), code)) {
      return Optional.of("not opted into " + code);
    }
    return Optional.empty();
  }

  /**
   * Queues a marketing message of a category for an account, if the person may receive it;
   * otherwise sends nothing and logs why. Answers the queued message.
   */
  public Optional<MailMessage> send(long accountId, String code, String subject, String body) {
    Attempt attempt = attempt(accountId, code, subject, body);
    if (attempt.sent().isEmpty()) {
      LOG.log(
          Level.WARNING,
          "Marketing mail ({0}) to account {1} not sent: {2}",
          new Object[] {code, accountId, attempt.refusal()});
    }
    return attempt.sent();
  }

  /** What a send did: the queued message, or why nothing was sent. */
  public record Attempt(Optional<MailMessage> sent, String refusal) {}

  /**
   * {@link #send}, answering why nothing was sent when it was refused, without logging it (a
   * campaign records the reason with each recipient).
   */
  public Attempt attempt(long accountId, String code, String subject, String body) {
    Optional<Recipient> recipient = recipient(accountId);
    Optional<String> refusal = refusal(recipient, code);
    if (refusal.isPresent()) {
      return new Attempt(Optional.empty(), refusal.get());
    }
    Recipient to = recipient.get();
    String unsubscribe = links.absolute("/unsubscribe?token=" + tokens.issue(accountId, code));
    return new Attempt(
        Optional.of(
            outbox.queueMarketing(
                accountId, to.email(), code, unsubscribe, subject, body, to.language())),
        null);
  }

  @Override
  public boolean mayReceive(MailMessage message) {
    return message.getAccountId() != null
        && message.getMarketingCode() != null
        && refusal(recipient(message.getAccountId()), message.getMarketingCode()).isEmpty();
  }
}
