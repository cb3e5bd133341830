package org.accord.consent;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.accord.platform.Hashes;

/**
 * A digest of every event that occurred in one time window, chained to the previous seal. A seal
 * fixes the set of events: one added, removed or changed afterwards no longer matches it.
 */
@Entity
@Table(name = "ledger_seal")
public class LedgerSeal {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ledger_seal_seq")
  @SequenceGenerator(
      name = "ledger_seal_seq",
      sequenceName = "ledger_seal_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "window_start", nullable = false, updatable = false)
  private Instant windowStart;

  @Column(name = "window_end", nullable = false, updatable = false)
  private Instant windowEnd;

  @Column(name = "event_count", nullable = false, updatable = false)
  private long eventCount;

  @Column(name = "events_digest", nullable = false, updatable = false, length = 64)
  private String eventsDigest;

  @Column(name = "sealed_at", nullable = false, updatable = false)
  private Instant sealedAt;

  @Column(name = "previous_hash", nullable = false, updatable = false, length = 64)
  private String previousHash;

  @Column(nullable = false, updatable = false, length = 64)
  private String hash;

  protected LedgerSeal() {}

  LedgerSeal(
      Instant windowStart,
      Instant windowEnd,
      long eventCount,
      String eventsDigest,
      String previousHash,
      Instant now) {
    this.windowStart = windowStart;
    this.windowEnd = windowEnd;
    this.eventCount = eventCount;
    this.eventsDigest = eventsDigest;
    this.previousHash = previousHash;
    this.sealedAt = now.truncatedTo(ChronoUnit.MILLIS);
    this.hash = computeHash();
  }

  public String computeHash() {
    return Hashes.sha256(
        new Canonical()
            .field("windowStart", windowStart)
            .field("windowEnd", windowEnd)
            .field("count", eventCount)
            .field("digest", eventsDigest)
            .field("sealedAt", sealedAt)
            .field("previous", previousHash)
            .toString());
  }

  public Long getId() {
    return id;
  }

  public Instant getWindowStart() {
    return windowStart;
  }

  public Instant getWindowEnd() {
    return windowEnd;
  }

  public long getEventCount() {
    return eventCount;
  }

  public String getEventsDigest() {
    return eventsDigest;
  }

  public Instant getSealedAt() {
    return sealedAt;
  }

  public String getPreviousHash() {
    return previousHash;
  }

  public String getHash() {
    return hash;
  }
}
