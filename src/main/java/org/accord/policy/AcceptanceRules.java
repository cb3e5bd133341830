package org.accord.policy;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The rules of C2 for one document, given its versions and the highest version a person has
 * accepted: which version the person must accept before going on, which change only needs a notice,
 * and which versions are announced before they take effect.
 */
public final class AcceptanceRules {

  private AcceptanceRules() {}

  /** The version in force: the highest published version already effective. */
  public static Optional<VersionEntry> inForce(List<VersionEntry> versions, Instant now) {
    return versions.stream()
        .filter(v -> v.isEffectiveAt(now))
        .max(Comparator.comparingInt(VersionEntry::version));
  }

  /**
   * The version in force, when the person has not accepted the latest MATERIAL version already
   * effective (nor any later one). Accepting the version in force clears every earlier bar.
   */
  public static Optional<VersionEntry> required(
      List<VersionEntry> versions, int acceptedUpTo, Instant now) {
    Optional<Integer> bar =
        versions.stream()
            .filter(v -> v.isEffectiveAt(now) && v.requiresReacceptance())
            .map(VersionEntry::version)
            .max(Integer::compare);
    if (bar.isEmpty() || acceptedUpTo >= bar.get()) {
      return Optional.empty();
    }
    return inForce(versions, now);
  }

  /**
   * The version in force, when it is newer than what the person accepted but does not have to be
   * accepted again (only MINOR changes since): the person is told once, with a link to the changes.
   * Someone who never accepted the document gets no notice.
   */
  public static Optional<VersionEntry> changedSince(
      List<VersionEntry> versions, int acceptedUpTo, Instant now) {
    if (acceptedUpTo == 0 || required(versions, acceptedUpTo, now).isPresent()) {
      return Optional.empty();
    }
    return inForce(versions, now).filter(v -> v.version() > acceptedUpTo);
  }

  /** Published versions that take effect later and that the person has not accepted yet. */
  public static List<VersionEntry> announced(
      List<VersionEntry> versions, int acceptedUpTo, Instant now) {
    return versions.stream()
        .filter(v -> v.isUpcomingAt(now) && v.version() > acceptedUpTo)
        .sorted(Comparator.comparing(VersionEntry::effectiveAt))
        .toList();
  }
}
