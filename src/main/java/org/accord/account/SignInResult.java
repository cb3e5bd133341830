package org.accord.account;

import java.time.Instant;
import java.util.Set;

/** The outcome of one sign-in attempt. */
public sealed interface SignInResult {

  record Success(long accountId, Set<Role> roles) implements SignInResult {}

  /** Wrong address or password (never says which). */
  record Invalid() implements SignInResult {}

  /** Too many recent failures: try again at the given instant. */
  record TooSoon(Instant retryAt) implements SignInResult {}

  /** Too many consecutive failures: only a password-reset link opens the account again. */
  record Locked() implements SignInResult {}

  /** Right password, but the e-mail address is not confirmed yet; a new link was sent. */
  record Unverified() implements SignInResult {}
}
