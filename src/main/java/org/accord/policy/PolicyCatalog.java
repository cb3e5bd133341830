package org.accord.policy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Every version of every document without its texts, held in memory because the gate and the
 * notices consult it on every signed-in request. A publication or retirement on this node refreshes
 * it as soon as it commits; other nodes of a cluster see it within {@link #MAX_AGE}.
 */
@ApplicationScoped
public class PolicyCatalog {

  /** How long another node's publication may go unseen here. */
  static final Duration MAX_AGE = Duration.ofSeconds(10);

  private record Snapshot(Map<DocumentKind, List<VersionEntry>> versions, long loadedAt) {}

  @Inject private PolicyService policies;

  private volatile Snapshot snapshot;

  /** The versions of one document, any status, highest first. */
  public List<VersionEntry> versions(DocumentKind kind) {
    Snapshot current = snapshot;
    if (current == null || System.nanoTime() - current.loadedAt() > MAX_AGE.toNanos()) {
      current = load();
      snapshot = current;
    }
    return current.versions().getOrDefault(kind, List.of());
  }

  private Snapshot load() {
    long started = System.nanoTime();
    Map<DocumentKind, List<VersionEntry>> byKind =
        policies.entries().stream()
            .collect(
                Collectors.groupingBy(
                    VersionEntry::kind,
                    () -> new EnumMap<>(DocumentKind.class),
                    Collectors.toUnmodifiableList()));
    return new Snapshot(byKind, started);
  }

  /** Any version by its id. */
  public Optional<VersionEntry> find(long id) {
    for (DocumentKind kind : DocumentKind.values()) {
      for (VersionEntry v : versions(kind)) {
        if (v.id() == id) {
          return Optional.of(v);
        }
      }
    }
    return Optional.empty();
  }

  void refresh(@Observes(during = TransactionPhase.AFTER_COMPLETION) PolicyChanged changed) {
    snapshot = null;
  }
}
