package org.accord.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.accord.security.PasswordService;

/**
 * Checks e-mail and password with per-address throttling (NIST SP 800-63B §5.2.2): failures slow
 * further attempts down, and {@value SignInThrottle#LOCK_AFTER} consecutive failures lock the
 * address until a reset link is used. Unknown addresses are throttled and timed the same way.
 */
@ApplicationScoped
public class SignInService {

  @Inject private AccountService accounts;
  @Inject private SignInThrottles throttles;
  @Inject private PasswordService passwords;
  @Inject private Clock clock;

  @Transactional
  public SignInResult attempt(String email, String password) {
    if (email == null || email.length() > EmailAddress.MAX_LENGTH || password == null) {
      return new SignInResult.Invalid();
    }
    Instant now = clock.instant();
    SignInThrottle throttle = throttles.forEmail(email);
    if (throttle.isLocked()) {
      return new SignInResult.Locked();
    }
    Optional<Instant> wait = throttle.waitUntil(now);
    if (wait.isPresent()) {
      return new SignInResult.TooSoon(wait.get());
    }
    Optional<Account> account = accounts.findByEmail(email);
    boolean matches =
        account.isPresent() && passwords.matches(password, account.get().getPasswordHash());
    if (account.isEmpty()) {
      passwords.spendEquivalentTime(password);
    }
    if (!matches) {
      throttle.recordFailure(now);
      return throttle.isLocked() ? new SignInResult.Locked() : new SignInResult.Invalid();
    }
    throttle.reset();
    Account found = account.get();
    if (passwords.needsRehash(found.getPasswordHash())) {
      found.renewHash(passwords.rehash(password));
    }
    if (!found.isVerified()) {
      accounts.sendVerification(found);
      return new SignInResult.Unverified();
    }
    return new SignInResult.Success(found.getId(), found.getRoles());
  }
}
