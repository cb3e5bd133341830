package org.accord.mailing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.accord.admin.AuditLog;
import org.accord.marketing.MarketingPreferences;
import org.accord.platform.SqlValues;
import org.accord.platform.TextInput;
import org.accord.platform.mail.MailMessage;
import org.accord.policy.PolicyPublished;

/**
 * Creates campaigns (their audience fixed at creation: every verified account) and reports their
 * progress and per-recipient results. {@link CampaignRunner} sends them.
 */
@ApplicationScoped
@Transactional
public class Campaigns {

  /** Fired when a campaign is created, so that sending starts once the transaction commits. */
  public record Started(long id) {}

  /** What happened for one recipient. */
  public enum RecipientStatus {
    PENDING,
    QUEUED,
    SKIPPED
  }

  public record Progress(Campaign campaign, Map<RecipientStatus, Long> counts) {
    public long done() {
      return counts.getOrDefault(RecipientStatus.QUEUED, 0L)
          + counts.getOrDefault(RecipientStatus.SKIPPED, 0L);
    }

    public long count(String status) {
      return counts.getOrDefault(RecipientStatus.valueOf(status), 0L);
    }

    public int percent() {
      int total = campaign.getTotal();
      return total == 0 ? 100 : (int) (done() * 100 / total);
    }
  }

  public record RecipientResult(
      long accountId, RecipientStatus status, Long mailMessageId, String reason, Instant doneAt) {}

  public static final int BODY_LENGTH = 50_000;

  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;
  @Inject private AuditLog audit;
  @Inject private MarketingPreferences marketing;
  @Inject private Event<Started> started;

  /** A newsletter of a marketing category; only the opted-in among the audience receive it. */
  public Campaign newsletter(String code, String subject, String body, Long by) {
    if (marketing.category(code, "en").isEmpty()) {
      throw new CampaignRefusedException("campaign.category.unknown", String.valueOf(code));
    }
    if (subject == null || subject.isBlank()) {
      throw new CampaignRefusedException("campaign.subject.required");
    }
    if (subject.length() > MailMessage.SUBJECT_LENGTH || !TextInput.isClean(subject)) {
      throw new CampaignRefusedException("campaign.subject.invalid", MailMessage.SUBJECT_LENGTH);
    }
    if (body == null || body.isBlank()) {
      throw new CampaignRefusedException("campaign.body.required");
    }
    if (body.length() > BODY_LENGTH || !TextInput.isCleanText(body)) {
      throw new CampaignRefusedException("campaign.body.invalid", BODY_LENGTH);
    }
    Campaign campaign =
        Campaign.newsletter(code, subject.strip(), body.replace("\r\n", "\n"), clock.instant(), by);
    start(campaign, "NEWSLETTER_SEND", code + ": " + subject.strip());
    return campaign;
  }

  /** The legal notice of a newly published policy version, to every verified account. */
  public Campaign policyNotice(long versionId, String version, Long by) {
    Campaign campaign = Campaign.policyNotice(versionId, clock.instant(), by);
    start(campaign, "POLICY_NOTICE_SEND", version);
    return campaign;
  }

  /** A publication the admin asked to announce: the notice goes out with it (same transaction). */
  void onPublished(@Observes PolicyPublished published) {
    if (published.notifyUsers()) {
      policyNotice(
          published.versionId(),
          published.kind() + " v" + published.version(),
          published.adminId());
    }
  }

  private void start(Campaign campaign, String action, String target) {
    em.persist(campaign);
    em.flush();
    int total =
        em.createNativeQuery(
                "INSERT INTO campaign_recipient (campaign_id, account_id, status)"
                    + " SELECT ?1, id, 'PENDING' FROM account WHERE status = 'ACTIVE'")
            .setParameter(1, campaign.getId())
            .executeUpdate();
    campaign.audience(total);
    audit.record(action, target, total + " recipients");
    started.fire(new Started(campaign.getId()));
  }

  public List<Progress> latest(int max) {
    return em
        .createQuery("SELECT c FROM Campaign c ORDER BY c.id DESC", Campaign.class)
        .setMaxResults(max)
        .getResultList()
        .stream()
        .map(this::progress)
        .toList();
  }

  public Optional<Progress> progress(long id) {
    return Optional.ofNullable(em.find(Campaign.class, id)).map(this::progress);
  }

  private Progress progress(Campaign campaign) {
    Map<RecipientStatus, Long> counts = new EnumMap<>(RecipientStatus.class);
    em.createNativeQuery(
            "SELECT status, COUNT(*) FROM campaign_recipient WHERE campaign_id = ?1 GROUP BY status")
        .setParameter(1, campaign.getId())
        .getResultList()
        .forEach(
            row -> {
              Object[] r = (Object[]) row;
              counts.put(RecipientStatus.valueOf((String) r[0]), ((Number) r[1]).longValue());
            });
    return new Progress(campaign, counts);
  }

  /** The first recipients' results, in account order. */
  public List<RecipientResult> recipients(long id, int max) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT account_id, status, mail_message_id, reason, done_at FROM campaign_recipient"
                    + " WHERE campaign_id = ?1 ORDER BY account_id")
            .setParameter(1, id)
            .setMaxResults(max)
            .getResultList();
    return rows.stream()
        .map(
            row -> {
              Object[] r = (Object[]) row;
              return new RecipientResult(
                  ((Number) r[0]).longValue(),
                  RecipientStatus.valueOf((String) r[1]),
                  r[2] == null ? null : ((Number) r[2]).longValue(),
                  (String) r[3],
                  SqlValues.instant(r[4]));
            })
        .toList();
  }
}
