package org.accord.consent;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** A running SHA-256 over the hashes of a window's events, in (occurredAt, id) order. */
final class WindowDigest {

  private final MessageDigest digest;
  private long count;

  WindowDigest() {
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  void add(String eventHash) {
    digest.update(eventHash.getBytes(StandardCharsets.US_ASCII));
    digest.update((byte) '\n');
    count++;
  }

  long count() {
    return count;
  }

  String finish() {
    return HexFormat.of().formatHex(digest.digest());
  }
}
