package org.accord.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AcceptanceRulesTest {

  private static final Instant NOW = Instant.parse("2027-03-01T12:00:00Z");
  private static final Instant BEFORE = NOW.minus(Duration.ofDays(30));
  private static final Instant LATER = NOW.plus(Duration.ofDays(10));

  private static VersionEntry v(int version, ChangeKind change, Instant effective) {
    return new VersionEntry(
        100 + version,
        DocumentKind.TERMS_OF_SERVICE,
        version,
        change,
        effective,
        VersionStatus.PUBLISHED);
  }

  private static VersionEntry retired(VersionEntry v) {
    return new VersionEntry(
        v.id(), v.kind(), v.version(), v.change(), v.effectiveAt(), VersionStatus.RETIRED);
  }

  private static Optional<Integer> required(List<VersionEntry> versions, int accepted) {
    return AcceptanceRules.required(versions, accepted, NOW).map(VersionEntry::version);
  }

  @Test
  void nothingPublishedRequiresNothing() {
    assertEquals(Optional.empty(), required(List.of(), 0));
  }

  @Test
  void aNewcomerMustAcceptTheVersionInForce() {
    assertEquals(Optional.of(1), required(List.of(v(1, ChangeKind.MATERIAL, BEFORE)), 0));
  }

  @Test
  void aMaterialChangeInForceMustBeAcceptedAgain() {
    List<VersionEntry> versions =
        List.of(v(1, ChangeKind.MATERIAL, BEFORE), v(2, ChangeKind.MATERIAL, NOW));
    assertEquals(Optional.of(2), required(versions, 1));
    assertEquals(Optional.empty(), required(versions, 2));
  }

  @Test
  void aMinorChangeDoesNotStopAnyoneButIsNoticedOnce() {
    List<VersionEntry> versions =
        List.of(v(1, ChangeKind.MATERIAL, BEFORE), v(2, ChangeKind.MINOR, BEFORE.plusSeconds(60)));
    assertEquals(Optional.empty(), required(versions, 1));
    assertEquals(
        Optional.of(2), AcceptanceRules.changedSince(versions, 1, NOW).map(VersionEntry::version));
    assertEquals(Optional.empty(), AcceptanceRules.changedSince(versions, 2, NOW));
  }

  @Test
  void aMinorChangeOnTopOfAnUnacceptedMaterialOneAsksForTheVersionInForce() {
    List<VersionEntry> versions =
        List.of(
            v(1, ChangeKind.MATERIAL, BEFORE),
            v(2, ChangeKind.MATERIAL, BEFORE.plusSeconds(60)),
            v(3, ChangeKind.MINOR, BEFORE.plusSeconds(120)));
    assertEquals(Optional.of(3), required(versions, 1));
    assertEquals(Optional.empty(), AcceptanceRules.changedSince(versions, 1, NOW));
    assertEquals(Optional.empty(), required(versions, 2));
  }

  @Test
  void aFutureVersionIsAnnouncedBeforeAndEnforcedFrom() {
    List<VersionEntry> versions =
        List.of(v(1, ChangeKind.MATERIAL, BEFORE), v(2, ChangeKind.MATERIAL, LATER));
    assertEquals(Optional.empty(), required(versions, 1));
    assertEquals(
        List.of(2),
        AcceptanceRules.announced(versions, 1, NOW).stream().map(VersionEntry::version).toList());
    Instant after = LATER.plusSeconds(1);
    assertEquals(
        Optional.of(2), AcceptanceRules.required(versions, 1, after).map(VersionEntry::version));
    assertTrue(AcceptanceRules.announced(versions, 1, after).isEmpty());
  }

  @Test
  void acceptingAnAnnouncedVersionEarlyClearsItWhenItTakesEffect() {
    List<VersionEntry> versions =
        List.of(v(1, ChangeKind.MATERIAL, BEFORE), v(2, ChangeKind.MATERIAL, LATER));
    assertTrue(AcceptanceRules.announced(versions, 2, NOW).isEmpty());
    assertEquals(
        Optional.empty(), AcceptanceRules.required(versions, 2, LATER).map(VersionEntry::version));
  }

  @Test
  void aRetiredVersionNeitherBindsNorCounts() {
    List<VersionEntry> versions =
        List.of(v(1, ChangeKind.MATERIAL, BEFORE), retired(v(2, ChangeKind.MATERIAL, NOW)));
    assertEquals(Optional.empty(), required(versions, 1));
    assertEquals(Optional.of(1), required(versions, 0));
  }
}
