package org.accord.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import org.accord.platform.mail.MailCategory;
import org.accord.platform.mail.Outbox;
import org.accord.security.WeakPasswordException;
import org.accord.testing.ShiftableClock;
import org.accord.testing.TestAccounts;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ArquillianExtension.class)
class AccountServiceIT {

  @Inject AccountService accounts;
  @Inject Outbox outbox;
  @Inject TestAccounts testAccounts;

  @Test
  void signUpCreatesAnUnverifiedAccountAndMailsAVerificationLink() {
    String email = TestAccounts.email();
    accounts.signUp(TestAccounts.adult(email.toUpperCase(Locale.ROOT)));

    Account account = accounts.findByEmail(email).orElseThrow();
    assertThat(account.getStatus()).isEqualTo(AccountStatus.UNVERIFIED);
    assertThat(account.getPasswordHash()).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
    assertThat(outbox.to(email))
        .singleElement()
        .satisfies(m -> assertThat(m.getCategory()).isEqualTo(MailCategory.TRANSACTIONAL))
        .satisfies(m -> assertThat(m.getBody()).contains("/verify?token="));
  }

  @Test
  void theVerificationLinkConfirmsTheAddressOnce() {
    String email = TestAccounts.email();
    accounts.signUp(TestAccounts.adult(email));
    String token = testAccounts.token(email, "/verify");

    assertThat(accounts.verifyEmail(token).getStatus()).isEqualTo(AccountStatus.ACTIVE);
    assertThatThrownBy(() -> accounts.verifyEmail(token)).isInstanceOf(InvalidLinkException.class);
    assertThatThrownBy(() -> accounts.verifyEmail("made-up"))
        .isInstanceOf(InvalidLinkException.class);
  }

  @Test
  void aSecondSignUpWithTheSameAddressChangesNothingAndWarnsTheOwner() {
    Account first = testAccounts.verified(TestAccounts.email());
    accounts.signUp(
        new NewAccount(
            first.getEmail(),
            "another long passphrase",
            LocalDate.of(2001, 1, 1),
            "SE",
            Locale.ENGLISH));

    Account after = accounts.findByEmail(first.getEmail()).orElseThrow();
    assertThat(after.getPasswordHash()).isEqualTo(first.getPasswordHash());
    assertThat(after.getCountry()).isEqualTo("FI");
    assertThat(outbox.to(first.getEmail()).get(outbox.to(first.getEmail()).size() - 1).getBody())
        .contains("already has an account");
  }

  @Test
  void badInputIsRefusedAndNothingIsStored() {
    String email = TestAccounts.email();
    NewAccount bad =
        new NewAccount(
            email, TestAccounts.PASSWORD, LocalDate.of(1850, 1, 1), "XX", Locale.ENGLISH);

    assertThatThrownBy(() -> accounts.signUp(bad))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.problems())
                    .containsEntry("birthDate", "birthDate.tooEarly")
                    .containsEntry("country", "country.unknown"));
    assertThat(accounts.findByEmail(email)).isEmpty();
    assertThat(outbox.to(email)).isEmpty();
  }

  @Test
  void aWeakPasswordIsRefusedWithItsReasonsAndNothingIsStored() {
    String email = "jane.weak" + System.nanoTime() + "@example.org";
    NewAccount weak =
        new NewAccount(email, "password1", LocalDate.of(1990, 1, 1), "FI", Locale.ENGLISH);

    assertThatThrownBy(() -> accounts.signUp(weak)).isInstanceOf(WeakPasswordException.class);
    assertThat(accounts.findByEmail(email)).isEmpty();
  }

  @Test
  void changingThePasswordNeedsTheCurrentOne() {
    Account account = testAccounts.verified(TestAccounts.email());

    assertThatThrownBy(
            () -> accounts.changePassword(account.getId(), "wrong one", "amber canyon echoes"))
        .isInstanceOf(WrongPasswordException.class);
    accounts.changePassword(account.getId(), TestAccounts.PASSWORD, "amber canyon echoes");

    assertThat(outbox.to(account.getEmail()))
        .last()
        .satisfies(m -> assertThat(m.getSubject()).contains("changed"));
  }

  @Test
  void aResetLinkIsSingleUseAndExpiresAfterAnHour() {
    Account account = testAccounts.verified(TestAccounts.email());
    accounts.requestPasswordReset(account.getEmail());
    String token = testAccounts.token(account.getEmail(), "/password/reset");

    accounts.resetPassword(token, "amber canyon echoes");
    assertThatThrownBy(() -> accounts.resetPassword(token, "another fine phrase"))
        .isInstanceOf(InvalidLinkException.class);

    accounts.requestPasswordReset(account.getEmail());
    String later = testAccounts.token(account.getEmail(), "/password/reset");
    ShiftableClock.INSTANCE.advance(Duration.ofMinutes(61));
    assertThat(accounts.isUsableResetLink(later)).isFalse();
    assertThatThrownBy(() -> accounts.resetPassword(later, "another fine phrase"))
        .isInstanceOf(InvalidLinkException.class);
  }

  @Test
  void aResetRequestForAnUnknownAddressSendsNothing() {
    String email = TestAccounts.email();
    accounts.requestPasswordReset(email);
    assertThat(outbox.to(email)).isEmpty();
  }
}
