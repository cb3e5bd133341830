package org.accord.marketing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import org.accord.platform.AppSecrets;

/**
 * The signed token of an unsubscribe link: which account and which category, with an HMAC-SHA256
 * over both, so that a link unsubscribes exactly that person from exactly that category and cannot
 * be forged or altered.
 */
@ApplicationScoped
public class UnsubscribeTokens {

  /** What a valid token unsubscribes. */
  public record Target(long accountId, String code) {}

  static final String SECRET = "unsubscribe-links";
  private static final Base64.Encoder ENCODE = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder DECODE = Base64.getUrlDecoder();

  @Inject private AppSecrets secrets;

  public String issue(long accountId, String code) {
    String payload =
        ENCODE.encodeToString((accountId + ":" + code).getBytes(StandardCharsets.UTF_8));
    return payload + "." + ENCODE.encodeToString(mac(payload));
  }

  /** The target of a token, if it is one this application issued. */
  public Optional<Target> verify(String token) {
    if (token == null
        || token.length() > 300
        || !token.matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+")) {
      return Optional.empty();
    }
    String[] parts = token.split("\\.");
    byte[] given;
    try {
      given = DECODE.decode(parts[1]);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    if (!MessageDigest.isEqual(given, mac(parts[0]))) {
      return Optional.empty();
    }
    String[] target = new String(DECODE.decode(parts[0]), StandardCharsets.UTF_8).split(":", 2);
    try {
      return Optional.of(new Target(Long.parseLong(target[0]), target[1]));
    } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
      return Optional.empty();
    }
  }

  private byte[] mac(String payload) {
    return secrets.hmacSha256(SECRET, payload.getBytes(StandardCharsets.US_ASCII));
  }
}
