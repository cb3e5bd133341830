package org.accord.mailing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.accord.account.Account;
import org.accord.account.AccountService;
import org.accord.account.AccountStatus;
import org.accord.marketing.MarketingMail;
import org.accord.platform.Links;
import org.accord.platform.Messages;
import org.accord.platform.mail.MailCategory;
import org.accord.platform.mail.MailMessage;
import org.accord.platform.mail.Outbox;
import org.accord.policy.PolicyVersion;

/**
 * One batch of a campaign per transaction: each recipient's row is claimed (PENDING to its result)
 * in the same transaction that queues the mail, so a crash loses neither and a second worker skips
 * what the first claimed.
 */
@ApplicationScoped
@Transactional
public class CampaignBatches {

  static final int BATCH = 100;
  static final Duration LEASE = Duration.ofSeconds(60);

  private record Outcome(Campaigns.RecipientStatus status, Long messageId, String reason) {}

  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;
  @Inject private MarketingMail marketingMail;
  @Inject private AccountService accounts;
  @Inject private Outbox outbox;
  @Inject private Links links;

  public List<Long> running() {
    return em.createQuery(
            "SELECT c.id FROM Campaign c WHERE c.status = :running ORDER BY c.id", Long.class)
        .setParameter("running", Campaign.Status.RUNNING)
        .getResultList();
  }

  /** Takes (or renews) the lease on a running campaign; false when another worker holds it. */
  public boolean claim(long id, String worker) {
    Instant now = clock.instant();
    return em.createQuery(
                "UPDATE Campaign c SET c.worker = :worker, c.leaseUntil = :until,"
                    + " c.rowVersion = c.rowVersion + 1 WHERE c.id = :id AND c.status = :running"
                    + " AND (c.leaseUntil <= :now OR c.worker = :worker)")
            .setParameter("worker", worker)
            .setParameter("until", now.plus(LEASE))
            .setParameter("id", id)
            .setParameter("running", Campaign.Status.RUNNING)
            .setParameter("now", now)
            .executeUpdate()
        == 1;
  }

  /** Sends to the next recipients still pending; answers how many it handled (0: none left). */
  public int sendBatch(long id) {
    Campaign campaign = em.find(Campaign.class, id);
    @SuppressWarnings("unchecked")
    List<Number> pending =
        em.createNativeQuery(
                "SELECT account_id FROM campaign_recipient WHERE campaign_id = ?1"
                    + " AND status = 'PENDING' ORDER BY account_id")
            .setParameter(1, id)
            .setMaxResults(BATCH)
            .getResultList();
    PolicyVersion version =
        campaign.getPolicyVersionId() == null
            ? null
            : em.find(PolicyVersion.class, campaign.getPolicyVersionId());
    for (Number n : pending) {
      long accountId = n.longValue();
      if (!claimRecipient(id, accountId)) {
        continue;
      }
      Outcome outcome =
          campaign.getKind() == CampaignKind.NEWSLETTER
              ? newsletter(campaign, accountId)
              : notice(version, accountId);
      em.createNativeQuery(
              "UPDATE campaign_recipient SET status = ?1, mail_message_id = CAST(?2 AS BIGINT),"
                  + " reason = ?3,"
                  + " done_at = ?4 WHERE campaign_id = ?5 AND account_id = ?6")
          .setParameter(1, outcome.status().name())
          .setParameter(2, outcome.messageId())
          .setParameter(3, outcome.reason())
          .setParameter(4, clock.instant().atOffset(ZoneOffset.UTC))
          .setParameter(5, id)
          .setParameter(6, accountId)
          .executeUpdate();
    }
    return pending.size();
  }

  /** Row-locks a pending recipient; false when another worker already handled it. */
  private boolean claimRecipient(long campaignId, long accountId) {
    return em.createNativeQuery(
                "UPDATE campaign_recipient SET reason = NULL WHERE campaign_id = ?1"
                    + " AND account_id = ?2 AND status = 'PENDING'")
            .setParameter(1, campaignId)
            .setParameter(2, accountId)
            .executeUpdate()
        == 1;
  }

  private Outcome newsletter(Campaign campaign, long accountId) {
    MarketingMail.Attempt attempt =
        marketingMail.attempt(
            accountId, campaign.getMarketingCode(), campaign.getSubject(), campaign.getBody());
    return attempt
        .sent()
        .map(m -> new Outcome(Campaigns.RecipientStatus.QUEUED, m.getId(), null))
        .orElse(new Outcome(Campaigns.RecipientStatus.SKIPPED, null, attempt.refusal()));
  }

  private Outcome notice(PolicyVersion version, long accountId) {
    Optional<Account> account = accounts.find(accountId);
    if (account.isEmpty() || account.get().getStatus() != AccountStatus.ACTIVE) {
      return new Outcome(Campaigns.RecipientStatus.SKIPPED, null, "no verified account");
    }
    Locale locale = account.get().getLanguage();
    MailMessage message =
        outbox.queue(
            account.get().getEmail(),
            "policyNotice",
            locale,
            MailCategory.TRANSACTIONAL,
            Messages.get(locale, "legal.title." + version.getKind().name()),
            version.getVersion(),
            LocalDate.ofInstant(version.getEffectiveAt(), ZoneOffset.UTC).toString(),
            version.text(locale.getLanguage()).getSummary(),
            links.absolute(
                "/legal/" + version.getKind().slug() + "?version=" + version.getVersion()),
            Messages.get(
                locale,
                version.requiresReacceptance()
                    ? "mail.policyNotice.material"
                    : "mail.policyNotice.minor"));
    return new Outcome(Campaigns.RecipientStatus.QUEUED, message.getId(), null);
  }

  /** Marks the campaign done once no recipient is pending. */
  public boolean finishIfDone(long id) {
    Number pending =
        (Number)
            em.createNativeQuery(
                    "SELECT COUNT(*) FROM campaign_recipient WHERE campaign_id = ?1"
                        + " AND status = 'PENDING'")
                .setParameter(1, id)
                .getSingleResult();
    if (pending.longValue() > 0) {
      return false;
    }
    Campaign campaign = em.find(Campaign.class, id);
    if (campaign.getStatus() == Campaign.Status.RUNNING) {
      campaign.finished(clock.instant());
    }
    return true;
  }
}
