package org.accord.policy;

import java.io.Serializable;
import java.time.Instant;

/** A version of a legal document as the gate and the notices see it: everything but its texts. */
public record VersionEntry(
    long id,
    DocumentKind kind,
    int version,
    ChangeKind change,
    Instant effectiveAt,
    VersionStatus status)
    implements Serializable {

  public static VersionEntry of(PolicyVersion v) {
    return new VersionEntry(
        v.getId(),
        v.getKind(),
        v.getVersion(),
        v.getChangeKind(),
        v.getEffectiveAt(),
        v.getStatus());
  }

  /** Whether this version governs at the given instant (published and already effective). */
  public boolean isEffectiveAt(Instant instant) {
    return status == VersionStatus.PUBLISHED && !effectiveAt.isAfter(instant);
  }

  /** Whether this version is published and takes effect after the given instant. */
  public boolean isUpcomingAt(Instant instant) {
    return status == VersionStatus.PUBLISHED && effectiveAt.isAfter(instant);
  }

  public boolean requiresReacceptance() {
    return change == ChangeKind.MATERIAL;
  }
}
