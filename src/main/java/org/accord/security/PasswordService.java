package org.accord.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The configured password rules and hash. Profile: {@code accord.password.profile}; Argon2id cost:
 * {@code accord.password.argon2.memory-kib}, {@code .iterations}, {@code .parallelism} (never below
 * OWASP's minimum); optional pepper: {@code accord.password.pepper}.
 */
@ApplicationScoped
public class PasswordService {

  private final PasswordPolicy policy;
  private final Argon2Hasher hasher;

  @Inject
  public PasswordService(
      @ConfigProperty(name = "accord.password.profile", defaultValue = "NIST_800_63B_REV3")
          PasswordProfile profile,
      @ConfigProperty(name = "accord.password.argon2.memory-kib", defaultValue = "19456")
          int memoryKib,
      @ConfigProperty(name = "accord.password.argon2.iterations", defaultValue = "2")
          int iterations,
      @ConfigProperty(name = "accord.password.argon2.parallelism", defaultValue = "1")
          int parallelism,
      @ConfigProperty(name = "accord.password.pepper") Optional<String> pepper) {
    this.policy = BreachedPasswords.policy(profile);
    Argon2Hasher.Cost cost =
        new Argon2Hasher.Cost(
            Math.max(memoryKib, Argon2Hasher.MINIMUM.memoryKib()),
            Math.max(iterations, Argon2Hasher.MINIMUM.iterations()),
            Math.max(parallelism, 1));
    this.hasher = new Argon2Hasher(cost, pepper.orElse(null));
  }

  /** For CDI proxies only. */
  protected PasswordService() {
    this.policy = null;
    this.hasher = null;
  }

  public PasswordProfile profile() {
    return policy.profile();
  }

  public PasswordVerdict check(String password, String email) {
    return policy.check(password, email);
  }

  /** Checks and hashes a new password; refuses it with its reasons if not acceptable. */
  public String hashNew(String password, String email) {
    PasswordVerdict verdict = check(password, email);
    if (!verdict.acceptable()) {
      throw new WeakPasswordException(verdict);
    }
    return hasher.hash(PasswordPolicy.normalize(password));
  }

  public boolean matches(String password, String storedHash) {
    return password != null
        && password.length() <= PasswordPolicy.MAXIMUM_LENGTH * 2
        && hasher.verify(PasswordPolicy.normalize(password), storedHash);
  }

  public boolean needsRehash(String storedHash) {
    return hasher.needsRehash(storedHash);
  }

  /** Re-hashes a password already known to match, at the configured cost. */
  public String rehash(String password) {
    return hasher.hash(PasswordPolicy.normalize(password));
  }

  /** Spends the same time as a real check, so unknown accounts cannot be told apart by timing. */
  public void spendEquivalentTime(String password) {
    hasher.hash(PasswordPolicy.normalize(password == null ? "" : password));
  }
}
