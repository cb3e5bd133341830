package org.accord.mailing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.accord.account.Account;
import org.accord.platform.mail.MailCategory;
import org.accord.platform.mail.MailMessage;
import org.accord.platform.mail.Outbox;
import org.accord.policy.DocumentKind;
import org.accord.policy.PolicyService;
import org.accord.policy.PolicyVersion;
import org.accord.testing.TestAccounts;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Campaigns run in the background, never send twice, and never send marketing to the opted-out. */
@ExtendWith(ArquillianExtension.class)
class CampaignsIT {

  @Inject Campaigns campaigns;
  @Inject CampaignBatches batches;
  @Inject TestAccounts accounts;
  @Inject Outbox outbox;
  @Inject PolicyService policies;

  private Campaigns.Progress awaitDone(long id) throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
    Campaigns.Progress progress = campaigns.progress(id).orElseThrow();
    while (progress.campaign().getStatus() != Campaign.Status.DONE
        && Instant.now().isBefore(deadline)) {
      Thread.sleep(100);
      progress = campaigns.progress(id).orElseThrow();
    }
    assertThat(progress.campaign().getStatus()).isEqualTo(Campaign.Status.DONE);
    return progress;
  }

  private List<MailMessage> mails(Account account, String subject) {
    return outbox.to(account.getEmail()).stream()
        .filter(m -> m.getSubject().equals(subject))
        .toList();
  }

  @Test
  void aNewsletterReachesTheOptedInOnceAndSkipsEveryoneElseWithTheReason() throws Exception {
    Account in = accounts.verifiedOptedInto("NEWSLETTER");
    Account out = accounts.verifiedOptedInto();
    String subject = "News " + UUID.randomUUID();
    Campaign campaign = campaigns.newsletter("NEWSLETTER", subject, "Hello.\r\nBye.", null);
    assertThat(campaign.getTotal()).isGreaterThanOrEqualTo(2);

    // Two more workers race the runner: the recipient rows decide, nobody gets it twice.
    List<CompletableFuture<Void>> racers = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      racers.add(
          CompletableFuture.runAsync(
              () -> {
                while (batches.sendBatch(campaign.getId()) > 0) {
                  Thread.onSpinWait();
                }
              }));
    }
    racers.forEach(CompletableFuture::join);
    Campaigns.Progress done = awaitDone(campaign.getId());
    assertThat(done.count("PENDING")).isZero();
    assertThat(done.done()).isEqualTo(campaign.getTotal());

    List<MailMessage> received = mails(in, subject);
    assertThat(received).hasSize(1);
    assertThat(received.get(0).getCategory()).isEqualTo(MailCategory.MARKETING);
    assertThat(received.get(0).getBody()).startsWith("Hello.\nBye.");
    assertThat(mails(out, subject)).isEmpty();
    assertThat(campaigns.recipients(campaign.getId(), 100_000))
        .filteredOn(r -> r.accountId() == out.getId())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.status()).isEqualTo(Campaigns.RecipientStatus.SKIPPED);
              assertThat(r.reason()).isEqualTo("not opted into NEWSLETTER");
            });

    assertThat(batches.sendBatch(campaign.getId())).isZero();
    assertThat(mails(in, subject)).hasSize(1);
  }

  @Test
  void badNewslettersAreRefusedAndCreateNothing() {
    int before = campaigns.latest(1000).size();
    assertThatThrownBy(() -> campaigns.newsletter("NEWSLETTER", " ", "text", null))
        .isInstanceOf(CampaignRefusedException.class);
    assertThatThrownBy(() -> campaigns.newsletter("NEWSLETTER", "two\nlines", "text", null))
        .isInstanceOf(CampaignRefusedException.class);
    assertThatThrownBy(() -> campaigns.newsletter("NEWSLETTER", "s", "", null))
        .isInstanceOf(CampaignRefusedException.class);
    assertThatThrownBy(() -> campaigns.newsletter("SPAM", "s", "text", null))
        .isInstanceOf(CampaignRefusedException.class);
    assertThat(campaigns.latest(1000)).hasSize(before);
  }

  @Test
  void aPolicyNoticeGoesToEveryVerifiedAccountAsTransactionalMail() throws Exception {
    DocumentKind kind = DocumentKind.PRIVACY_POLICY;
    PolicyVersion version =
        policies.find(kind, 1).orElseGet(() -> policies.publish(kind, 1, null, null));
    Account optedOut = accounts.verifiedOptedInto();
    Campaign campaign = campaigns.policyNotice(version.getId(), "test", null);
    awaitDone(campaign.getId());
    List<MailMessage> notices =
        outbox.to(optedOut.getEmail()).stream()
            .filter(m -> m.getSubject().contains("version " + version.getVersion()))
            .toList();
    assertThat(notices).hasSize(1);
    assertThat(notices.get(0).getCategory()).isEqualTo(MailCategory.TRANSACTIONAL);
    assertThat(notices.get(0).getBody())
        .contains("/legal/" + version.getKind().slug() + "?version=");
  }
}
