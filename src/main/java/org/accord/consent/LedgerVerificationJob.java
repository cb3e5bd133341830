package org.accord.consent;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.accord.admin.AuditLog;

/**
 * Runs a verification of the whole ledger in the background and keeps its progress and its last
 * report on this node, for the admin page to show. Starting it is an audited admin action.
 */
@ApplicationScoped
public class LedgerVerificationJob {

  private static final Logger LOG = Logger.getLogger(LedgerVerificationJob.class.getName());

  /** What the admin page shows: progress while running, the report once done. */
  public record Status(
      boolean running,
      long checked,
      long total,
      Instant startedAt,
      Instant finishedAt,
      VerificationReport report,
      String failure) {}

  @Resource private ManagedExecutorService executor;
  @Inject private LedgerVerification verification;
  @Inject private AuditLog audit;
  @Inject private Clock clock;

  private final AtomicLong checked = new AtomicLong();
  private volatile boolean running;
  private volatile long total;
  private volatile Instant startedAt;
  private volatile Instant finishedAt;
  private volatile VerificationReport report;
  private volatile String failure;

  /** Starts a run unless one is already running; returns whether it started. */
  @Transactional
  public synchronized boolean start() {
    if (running) {
      return false;
    }
    running = true;
    checked.set(0);
    total = verification.subjectCount();
    startedAt = clock.instant();
    finishedAt = null;
    failure = null;
    audit.record("LEDGER_VERIFY", "consent ledger", total + " subjects");
    executor.execute(this::run);
    return true;
  }

  private void run() {
    try {
      report = verification.verify(checked::set);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Ledger verification failed", e);
      failure = e.toString();
    } finally {
      finishedAt = clock.instant();
      running = false;
    }
  }

  public Status status() {
    return new Status(running, checked.get(), total, startedAt, finishedAt, report, failure);
  }
}
