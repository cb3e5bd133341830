package org.accord.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.accord.consent.ConsentEvent;
import org.accord.consent.ConsentLedger;
import org.accord.consent.Decision;
import org.accord.consent.Method;
import org.accord.consent.Purpose;
import org.accord.platform.Hashes;
import org.accord.platform.mail.MailCategory;
import org.accord.platform.mail.Outbox;
import org.accord.policy.DocumentKind;
import org.accord.policy.PolicyService;
import org.accord.policy.PolicyVersion;
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
  @Inject PolicyService policies;
  @Inject ConsentLedger ledger;

  @Test
  void signUpCreatesAnUnverifiedAccountAndMailsAVerificationLink() {
    String email = TestAccounts.email();
    testAccounts.signUp(testAccounts.adult(email.toUpperCase(Locale.ROOT)));

    Account account = accounts.findByEmail(email).orElseThrow();
    assertThat(account.getStatus()).isEqualTo(AccountStatus.UNVERIFIED);
    assertThat(account.getPasswordHash()).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
    assertThat(outbox.to(email))
        .singleElement()
        .satisfies(m -> assertThat(m.getCategory()).isEqualTo(MailCategory.TRANSACTIONAL))
        .satisfies(m -> assertThat(m.getBody()).contains("/verify?token="));
  }

  @Test
  void signUpRecordsAcceptanceOfExactlyTheVersionsShown() {
    PolicyVersion privacy =
        policies
            .current(DocumentKind.PRIVACY_POLICY)
            .orElseGet(() -> policies.publish(DocumentKind.PRIVACY_POLICY, 1, null, null));
    long acceptedBefore = policies.acceptedCount(privacy);
    String email = TestAccounts.email();
    NewAccount refusing =
        new NewAccount(
            email,
            TestAccounts.PASSWORD,
            LocalDate.of(1990, 1, 1),
            "FI",
            Locale.ENGLISH,
            List.of());

    assertThatThrownBy(() -> testAccounts.signUp(refusing))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.problems())
                    .containsEntry("acceptPrivacy", "signup.acceptPrivacy.required"));
    assertThat(accounts.findByEmail(email)).isEmpty();

    testAccounts.signUp(
        new NewAccount(
            email,
            TestAccounts.PASSWORD,
            LocalDate.of(1990, 1, 1),
            "FI",
            new Locale("fi"),
            testAccounts.acceptedNow()));

    Account account = accounts.findByEmail(email).orElseThrow();
    ConsentEvent accepted =
        ledger.history(account.getConsentSubject()).stream()
            .filter(e -> e.getPurpose() == Purpose.PRIVACY_POLICY)
            .findFirst()
            .orElseThrow();
    assertThat(accepted.getDecision()).isEqualTo(Decision.GIVEN);
    assertThat(accepted.getMethod()).isEqualTo(Method.SIGNUP_FORM);
    assertThat(accepted.getDocumentVersionId()).isEqualTo(privacy.getId());
    assertThat(accepted.getLanguage()).isEqualTo("fi");
    assertThat(accepted.getTextHash())
        .isEqualTo(privacy.text("fi").getSha256())
        .isEqualTo(Hashes.sha256(privacy.text("fi").getMarkdown()));
    assertThat(policies.acceptedCount(privacy)).isEqualTo(acceptedBefore + 1);
  }

  @Test
  void theVerificationLinkConfirmsTheAddressOnce() {
    String email = TestAccounts.email();
    testAccounts.signUp(testAccounts.adult(email));
    String token = testAccounts.token(email, "/verify");

    assertThat(accounts.verifyEmail(token).getStatus()).isEqualTo(AccountStatus.ACTIVE);
    assertThatThrownBy(() -> accounts.verifyEmail(token)).isInstanceOf(InvalidLinkException.class);
    assertThatThrownBy(() -> accounts.verifyEmail("made-up"))
        .isInstanceOf(InvalidLinkException.class);
  }

  @Test
  void aSecondSignUpWithTheSameAddressChangesNothingAndWarnsTheOwner() {
    Account first = testAccounts.verified(TestAccounts.email());
    testAccounts.signUp(
        new NewAccount(
            first.getEmail(),
            "another long passphrase",
            LocalDate.of(2001, 1, 1),
            "SE",
            Locale.ENGLISH,
            testAccounts.acceptedNow()));

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
            email,
            TestAccounts.PASSWORD,
            LocalDate.of(1850, 1, 1),
            "XX",
            Locale.ENGLISH,
            testAccounts.acceptedNow());

    assertThatThrownBy(() -> testAccounts.signUp(bad))
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
        new NewAccount(
            email,
            "password1",
            LocalDate.of(1990, 1, 1),
            "FI",
            Locale.ENGLISH,
            testAccounts.acceptedNow());

    assertThatThrownBy(() -> testAccounts.signUp(weak)).isInstanceOf(WeakPasswordException.class);
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
