package org.accord.platform.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.accord.platform.Messages;

/**
 * Queues mail in the caller's transaction. Subject and body come from the message bundle in the
 * recipient's language: {@code mail.<template>.subject} and {@code mail.<template>.body}.
 */
@ApplicationScoped
@Transactional
public class Outbox {

  /** Fired when a message was queued, so delivery can start once the transaction commits. */
  public record Queued(long id) {}

  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;
  @Inject private SmtpSettings smtp;
  @Inject private Event<Queued> queued;

  /** Queues transactional mail. Marketing mail goes through the marketing feature's sender. */
  @Transactional(Transactional.TxType.MANDATORY)
  public MailMessage queue(
      String recipient, String template, Locale locale, MailCategory category, Object... args) {
    if (category != MailCategory.TRANSACTIONAL) {
      throw new IllegalArgumentException("marketing mail is queued with queueMarketing");
    }
    String subject = Messages.get(locale, "mail." + template + ".subject", args);
    String body = Messages.get(locale, "mail." + template + ".body", args);
    return persist(
        new MailMessage(recipient, subject, body, category, smtp.isConfigured(), clock.instant()));
  }

  /**
   * Queues a marketing message for an account in a category, with its one-click unsubscribe address
   * in the body and in the RFC 8058 headers. Whether the person may receive it is checked by the
   * caller and again at delivery.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public MailMessage queueMarketing(
      long accountId,
      String recipient,
      String marketingCode,
      String unsubscribeUrl,
      String subject,
      String body,
      Locale locale) {
    String withFooter =
        body + "\n\n" + Messages.get(locale, "mail.marketing.footer", unsubscribeUrl);
    return persist(
        MailMessage.marketing(
            accountId,
            recipient,
            marketingCode,
            unsubscribeUrl,
            subject,
            withFooter,
            smtp.isConfigured(),
            clock.instant()));
  }

  private MailMessage persist(MailMessage message) {
    em.persist(message);
    em.flush();
    queued.fire(new Queued(message.getId()));
    return message;
  }

  public List<MailMessage> latest(int max) {
    return em.createQuery("SELECT m FROM MailMessage m ORDER BY m.id DESC", MailMessage.class)
        .setMaxResults(max)
        .getResultList();
  }

  public List<MailMessage> to(String recipient) {
    return em.createQuery(
            "SELECT m FROM MailMessage m WHERE m.recipient = :r ORDER BY m.id", MailMessage.class)
        .setParameter("r", recipient)
        .getResultList();
  }
}
