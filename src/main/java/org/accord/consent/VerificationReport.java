package org.accord.consent;

import java.util.List;

/** What a verification of the whole ledger found. */
public record VerificationReport(
    long subjects,
    long events,
    long seals,
    List<BrokenLink> brokenLinks,
    List<BrokenSeal> brokenSeals) {

  public VerificationReport {
    brokenLinks = List.copyOf(brokenLinks);
    brokenSeals = List.copyOf(brokenSeals);
  }

  public boolean isClean() {
    return brokenLinks.isEmpty() && brokenSeals.isEmpty();
  }

  /** Why a chain or a seal does not verify. */
  public enum Problem {
    /** The event's fields no longer match its hash: it was changed. */
    EVENT_CHANGED,
    /** The event does not point at the hash of the subject's previous event. */
    LINK_BROKEN,
    /** An event is missing from the subject's chain. */
    EVENT_MISSING,
    /** The seal's own fields no longer match its hash. */
    SEAL_CHANGED,
    /** The seal does not point at the previous seal. */
    SEAL_CHAIN_BROKEN,
    /** The events of the seal's window are no longer the events that were sealed. */
    WINDOW_CHANGED
  }

  /** The first broken link of one subject's chain. */
  public record BrokenLink(String subject, Long eventId, long sequence, Problem problem) {}

  /** A seal that does not verify. */
  public record BrokenSeal(Long sealId, Problem problem) {}
}
