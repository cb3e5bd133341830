package org.accord.platform.mail;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorDefinition;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.util.Date;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.accord.platform.DatabaseMigration;

/**
 * Sends queued mail over SMTP: at once after the queuing transaction commits, and from a periodic
 * sweep that retries failures with back-off and picks up whatever a restart interrupted.
 */
@ManagedExecutorDefinition(name = MailDelivery.BACKGROUND, maxAsync = MailDelivery.PARALLEL)
@ApplicationScoped
public class MailDelivery {

  /**
   * The executor for background work that must not queue behind the periodic jobs (the server's
   * default scheduled executor has a single thread): deliveries, campaigns.
   */
  public static final String BACKGROUND = "java:app/concurrent/background";

  /** How many deliveries (SMTP connections) run at once. */
  static final int PARALLEL = 8;

  private static final Logger LOG = Logger.getLogger(MailDelivery.class.getName());
  private static final int SWEEP_SECONDS = 10;
  private static final int BATCH = 100;

  @Resource private ManagedScheduledExecutorService executor;

  @Resource(lookup = BACKGROUND)
  private ManagedExecutorService background;

  @Inject private MailDeliveryStore store;
  @Inject private SmtpSettings smtp;
  @Inject private Clock clock;
  @Inject private MarketingRecipients marketingRecipients;

  void start(@Observes DatabaseMigration.Migrated migrated) {
    if (smtp.isConfigured()) {
      executor.scheduleWithFixedDelay(this::sweep, SWEEP_SECONDS, SWEEP_SECONDS, TimeUnit.SECONDS);
    }
  }

  void onQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) Outbox.Queued queued) {
    if (smtp.isConfigured()) {
      background.execute(() -> deliver(queued.id()));
    }
  }

  void sweep() {
    try {
      for (long id : store.due(clock.instant(), BATCH)) {
        deliver(id);
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Mail sweep failed; will retry", e);
    }
  }

  void deliver(long id) {
    store
        .claim(id, clock.instant())
        .ifPresent(
            message -> {
              if (message.getCategory() == MailCategory.MARKETING
                  && !marketingRecipients.mayReceive(message)) {
                LOG.log(
                    Level.INFO,
                    "Marketing mail {0} held back: its recipient may no longer receive it",
                    id);
                store.suppressed(id);
                return;
              }
              try {
                send(message);
                store.delivered(id, clock.instant());
              } catch (MessagingException | RuntimeException e) {
                LOG.log(Level.INFO, "Mail {0} not delivered: {1}", new Object[] {id, e});
                store.failed(id, e.getMessage(), clock.instant());
              }
            });
  }

  private void send(MailMessage message) throws MessagingException {
    Session session =
        Session.getInstance(
            smtp.sessionProperties(),
            smtp.user().isEmpty()
                ? null
                : new Authenticator() {
                  @Override
                  protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(
                        smtp.user().orElseThrow(), smtp.password().orElse(""));
                  }
                });
    MimeMessage mime = new MimeMessage(session);
    mime.setFrom(new InternetAddress(smtp.from()));
    mime.setRecipient(Message.RecipientType.TO, new InternetAddress(message.getRecipient()));
    mime.setSubject(message.getSubject(), "UTF-8");
    mime.setText(message.getBody(), "UTF-8");
    mime.setSentDate(Date.from(clock.instant()));
    mime.setHeader("X-Accord-Category", message.getCategory().name());
    if (message.getUnsubscribeUrl() != null) {
      // RFC 8058: mail clients offer one-click unsubscribe and POST to this address.
      mime.setHeader("List-Unsubscribe", "<" + message.getUnsubscribeUrl() + ">");
      mime.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
    }
    Transport.send(mime);
  }
}
