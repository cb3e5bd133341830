package org.accord.consent;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.accord.platform.DatabaseMigration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Seals the ledger periodically ({@code accord.ledger.seal-minutes}, default 15) on every node; the
 * seal chain's unique previous hash lets only one node's seal of a period in.
 */
@ApplicationScoped
public class LedgerSealing {

  private static final Logger LOG = Logger.getLogger(LedgerSealing.class.getName());

  @Resource private ManagedScheduledExecutorService executor;
  @Inject private LedgerSeals seals;

  @Inject
  @ConfigProperty(name = "accord.ledger.seal-minutes", defaultValue = "15")
  long minutes;

  void start(@Observes DatabaseMigration.Migrated migrated) {
    executor.scheduleWithFixedDelay(this::seal, minutes, minutes, TimeUnit.MINUTES);
  }

  void seal() {
    try {
      seals.sealDue().ifPresent(s -> LOG.fine(() -> "Sealed " + s.getEventCount() + " events"));
    } catch (RuntimeException e) {
      LOG.log(Level.INFO, "Ledger seal skipped (another node may have sealed first)", e);
    }
  }
}
