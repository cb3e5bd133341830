package org.accord.mailing;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.accord.platform.DatabaseMigration;
import org.accord.platform.mail.MailDelivery;

/**
 * Sends campaigns in the background: at once when one is created, and from a periodic sweep that
 * resumes whatever a restart (or another node's failure) interrupted. A node sends a campaign only
 * while it holds its lease.
 */
@ApplicationScoped
public class CampaignRunner {

  private static final Logger LOG = Logger.getLogger(CampaignRunner.class.getName());
  private static final int SWEEP_SECONDS = 20;

  @Resource private ManagedScheduledExecutorService executor;

  @Resource(lookup = MailDelivery.BACKGROUND)
  private ManagedExecutorService background;

  @Inject private CampaignBatches batches;

  private final String worker = "node-" + UUID.randomUUID();

  void start(@Observes DatabaseMigration.Migrated migrated) {
    executor.scheduleWithFixedDelay(this::sweep, SWEEP_SECONDS, SWEEP_SECONDS, TimeUnit.SECONDS);
  }

  void onStarted(@Observes(during = TransactionPhase.AFTER_SUCCESS) Campaigns.Started started) {
    background.execute(() -> run(started.id()));
  }

  void sweep() {
    try {
      batches.running().forEach(this::run);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Campaign sweep failed; will retry", e);
    }
  }

  /** Sends batch after batch while this node holds the lease, then marks the campaign done. */
  void run(long id) {
    try {
      while (batches.claim(id, worker)) {
        if (batches.sendBatch(id) == 0 && batches.finishIfDone(id)) {
          return;
        }
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Campaign " + id + " interrupted; the sweep resumes it", e);
    }
  }
}
