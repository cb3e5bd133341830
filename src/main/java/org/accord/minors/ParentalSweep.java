package org.accord.minors;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.accord.platform.DatabaseMigration;

/** Runs {@link ParentalConsent#sweep} every hour: reminders, and accounts whose request expired. */
@ApplicationScoped
public class ParentalSweep {

  private static final Logger LOG = Logger.getLogger(ParentalSweep.class.getName());

  @Resource private ManagedScheduledExecutorService executor;
  @Inject private ParentalConsent parental;

  void start(@Observes DatabaseMigration.Migrated migrated) {
    executor.scheduleWithFixedDelay(this::sweep, 1, 60, TimeUnit.MINUTES);
  }

  void sweep() {
    try {
      int[] done = parental.sweep();
      if (done[0] + done[1] > 0) {
        LOG.log(
            Level.INFO,
            "Parental consent: {0} reminders sent, {1} expired accounts deleted",
            new Object[] {done[0], done[1]});
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Parental consent sweep failed; will retry", e);
    }
  }
}
