package org.accord.security;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A fixed-window request budget per client, kept in this node's memory (a limit per node is enough
 * to stop a client from using the endpoint as a password oracle at scale).
 */
public final class RateLimiter {

  private record Window(Instant start, int count) {}

  private final int limit;
  private final Duration window;
  private final ConcurrentHashMap<String, Window> windows = new ConcurrentHashMap<>();

  public RateLimiter(int limit, Duration window) {
    this.limit = limit;
    this.window = window;
  }

  /** Whether the client may make one more request now; counts it if so. */
  public boolean tryAcquire(String client, Instant now) {
    if (windows.size() > 100_000) {
      windows.values().removeIf(w -> w.start().plus(window).isBefore(now));
    }
    Window w =
        windows.compute(
            client,
            (k, old) ->
                old == null || !now.isBefore(old.start().plus(window))
                    ? new Window(now, 1)
                    : new Window(old.start(), old.count() + 1));
    return w.count() <= limit;
  }
}
