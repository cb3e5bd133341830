package org.accord.account;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import org.accord.security.Argon2Hasher;
import org.accord.security.PasswordPolicy;
import org.accord.testing.ShiftableClock;
import org.accord.testing.TestAccounts;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ArquillianExtension.class)
class SignInServiceIT {

  @Inject SignInService signIn;
  @Inject AccountService accounts;
  @Inject TestAccounts testAccounts;
  @Inject Storage storage;

  @Test
  void theRightPasswordSignsIn() {
    Account account = testAccounts.verified(TestAccounts.email());
    assertThat(signIn.attempt(account.getEmail(), TestAccounts.PASSWORD))
        .isEqualTo(new SignInResult.Success(account.getId(), account.getRoles()));
  }

  @Test
  void anUnverifiedAccountCannotSignInAndGetsANewLink() {
    String email = TestAccounts.email();
    testAccounts.signUp(testAccounts.adult(email));
    assertThat(signIn.attempt(email, TestAccounts.PASSWORD))
        .isInstanceOf(SignInResult.Unverified.class);
    assertThat(testAccounts.token(email, "/verify")).isNotBlank();
  }

  @Test
  void wrongPasswordsAndUnknownAddressesLookTheSame() {
    Account account = testAccounts.verified(TestAccounts.email());
    assertThat(signIn.attempt(account.getEmail(), "not my password"))
        .isEqualTo(signIn.attempt(TestAccounts.email(), "not my password"));
  }

  @Test
  void failuresSlowDownFurtherAttempts() {
    Account account = testAccounts.verified(TestAccounts.email());
    for (int i = 0; i < 5; i++) {
      assertThat(signIn.attempt(account.getEmail(), "wrong " + i))
          .isInstanceOf(SignInResult.Invalid.class);
    }
    assertThat(signIn.attempt(account.getEmail(), TestAccounts.PASSWORD))
        .isInstanceOf(SignInResult.TooSoon.class);
    ShiftableClock.INSTANCE.advance(Duration.ofSeconds(2));
    assertThat(signIn.attempt(account.getEmail(), TestAccounts.PASSWORD))
        .isInstanceOf(SignInResult.Success.class);
  }

  @Test
  void oneHundredConsecutiveFailuresLockUntilAResetLinkIsUsed() {
    Account account = testAccounts.verified(TestAccounts.email());
    for (int i = 1; i < SignInThrottle.LOCK_AFTER; i++) {
      assertThat(signIn.attempt(account.getEmail(), "wrong " + i))
          .isInstanceOf(SignInResult.Invalid.class);
      ShiftableClock.INSTANCE.advance(SignInThrottle.LONGEST_DELAY);
    }
    assertThat(signIn.attempt(account.getEmail(), "wrong 100"))
        .isInstanceOf(SignInResult.Locked.class);
    ShiftableClock.INSTANCE.advance(Duration.ofDays(1));
    assertThat(signIn.attempt(account.getEmail(), TestAccounts.PASSWORD))
        .isInstanceOf(SignInResult.Locked.class);

    accounts.requestPasswordReset(account.getEmail());
    accounts.resetPassword(
        testAccounts.token(account.getEmail(), "/password/reset"), "amber canyon echoes");

    assertThat(signIn.attempt(account.getEmail(), "amber canyon echoes"))
        .isInstanceOf(SignInResult.Success.class);
  }

  @Test
  void aHashMadeAtALowerCostIsRenewedAtTheNextSignIn() {
    Account account = testAccounts.verified(TestAccounts.email());
    String cheap =
        new Argon2Hasher(new Argon2Hasher.Cost(8 * 1024, 1, 1), null)
            .hash(PasswordPolicy.normalize(TestAccounts.PASSWORD));
    storage.setHash(account.getId(), cheap);

    assertThat(signIn.attempt(account.getEmail(), TestAccounts.PASSWORD))
        .isInstanceOf(SignInResult.Success.class);
    assertThat(storage.hash(account.getId()))
        .isNotEqualTo(cheap)
        .startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
    assertThat(signIn.attempt(account.getEmail(), TestAccounts.PASSWORD))
        .isInstanceOf(SignInResult.Success.class);
  }

  /** Direct writes that no user action can make, to set up a situation. */
  @jakarta.enterprise.context.ApplicationScoped
  public static class Storage {
    @PersistenceContext EntityManager em;

    @Transactional
    public void setHash(long id, String hash) {
      em.find(Account.class, id).renewHash(hash);
    }

    @Transactional
    public String hash(long id) {
      return em.find(Account.class, id).getPasswordHash();
    }
  }
}
