package org.accord.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Argon2id password hashes in the PHC string format ({@code
 * $argon2id$v=19$m=19456,t=2,p=1$salt$hash}), so the scheme and cost travel with each hash and a
 * raised cost can be detected. An optional pepper is Argon2's secret input, never stored.
 */
public final class Argon2Hasher {

  /** OWASP's minimum for Argon2id: 19 MiB, 2 passes, 1 lane. */
  public static final Cost MINIMUM = new Cost(19 * 1024, 2, 1);

  private static final int SALT_BYTES = 16;
  private static final int HASH_BYTES = 32;
  private static final Pattern PHC =
      Pattern.compile(
          "\\$argon2id\\$v=19\\$m=(\\d+),t=(\\d+),p=(\\d+)\\$([A-Za-z0-9+/]+)\\$([A-Za-z0-9+/]+)");
  private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();
  private static final Base64.Decoder B64D = Base64.getDecoder();

  /** Memory in KiB, passes and lanes. */
  public record Cost(int memoryKib, int iterations, int parallelism) {
    public Cost {
      if (memoryKib < 8 * parallelism || iterations < 1 || parallelism < 1) {
        throw new IllegalArgumentException("invalid Argon2 cost " + memoryKib + "/" + iterations);
      }
    }

    boolean isBelow(Cost other) {
      return memoryKib < other.memoryKib
          || iterations < other.iterations
          || parallelism < other.parallelism;
    }
  }

  private final Cost cost;
  private final byte[] pepper;
  private final SecureRandom random = new SecureRandom();

  public Argon2Hasher(Cost cost, String pepper) {
    this.cost = Objects.requireNonNull(cost);
    this.pepper =
        pepper == null || pepper.isEmpty() ? null : pepper.getBytes(StandardCharsets.UTF_8);
  }

  public Cost cost() {
    return cost;
  }

  /** Hashes an already normalised password with a fresh random salt. */
  public String hash(String password) {
    byte[] salt = new byte[SALT_BYTES];
    random.nextBytes(salt);
    byte[] hash = derive(password, salt, cost, HASH_BYTES);
    return "$argon2id$v=19$m=%d,t=%d,p=%d$%s$%s"
        .formatted(
            cost.memoryKib(),
            cost.iterations(),
            cost.parallelism(),
            B64.encodeToString(salt),
            B64.encodeToString(hash));
  }

  /** Whether the password matches; a malformed stored hash never matches. */
  public boolean verify(String password, String encoded) {
    Matcher m = encoded == null ? null : PHC.matcher(encoded);
    if (m == null || !m.matches()) {
      return false;
    }
    Cost stored = costOf(m);
    byte[] salt = B64D.decode(m.group(4));
    byte[] expected = B64D.decode(m.group(5));
    byte[] actual = derive(password, salt, stored, expected.length);
    return MessageDigest.isEqual(expected, actual);
  }

  /** Whether a stored hash was made at a lower cost than the configured one (or is unreadable). */
  public boolean needsRehash(String encoded) {
    Matcher m = encoded == null ? null : PHC.matcher(encoded);
    return m == null || !m.matches() || costOf(m).isBelow(cost);
  }

  private static Cost costOf(Matcher m) {
    return new Cost(
        Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
  }

  private byte[] derive(String password, byte[] salt, Cost c, int length) {
    Argon2Parameters.Builder params =
        new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
            .withVersion(Argon2Parameters.ARGON2_VERSION_13)
            .withMemoryAsKB(c.memoryKib())
            .withIterations(c.iterations())
            .withParallelism(c.parallelism())
            .withSalt(salt);
    if (pepper != null) {
      params.withSecret(pepper);
    }
    Argon2BytesGenerator generator = new Argon2BytesGenerator();
    generator.init(params.build());
    byte[] out = new byte[length];
    generator.generateBytes(password.getBytes(StandardCharsets.UTF_8), out);
    return out;
  }
}
