package org.accord.minors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.accord.account.Account;
import org.accord.account.AccountChange;
import org.accord.account.AccountService;
import org.accord.account.DetailsChange;
import org.accord.account.InvalidInputException;
import org.accord.account.NewAccount;
import org.accord.consent.ClientInfo;
import org.accord.consent.ConsentEvent;
import org.accord.consent.ConsentLedger;
import org.accord.consent.Decision;
import org.accord.consent.Method;
import org.accord.consent.Purpose;
import org.accord.embed.EmbedDecisions;
import org.accord.embed.EmbedProviders;
import org.accord.marketing.MarketingPreferences;
import org.accord.policy.AcceptanceGate;
import org.accord.policy.PolicyAcceptance;
import org.accord.policy.PolicyVersion;
import org.accord.testing.ShiftableClock;
import org.accord.testing.TestAccounts;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The parental path: approve, decline, a used link, a reminder, an expired request. */
@ExtendWith(ArquillianExtension.class)
class ParentalConsentIT {

  @Inject AccountService accounts;
  @Inject TestAccounts testAccounts;
  @Inject ParentalConsent parental;
  @Inject ConsentLedger ledger;
  @Inject PolicyAcceptance acceptance;
  @Inject MarketingPreferences marketing;
  @Inject org.accord.marketing.MarketingMail marketingMail;
  @Inject Clock clock;
  @Inject EmbedDecisions embedDecisions;
  @Inject EmbedProviders providers;

  private NewAccount fourteenInGermany(String email, String parentEmail) {
    return new NewAccount(
        email,
        TestAccounts.PASSWORD,
        LocalDate.now(clock).minusYears(14),
        "DE",
        Locale.ENGLISH,
        testAccounts.acceptedNow(),
        List.of("NEWSLETTER"),
        parentEmail,
        "Europe/Berlin");
  }

  private Account minor(String parentEmail) {
    String email = TestAccounts.email();
    testAccounts.signUp(fourteenInGermany(email, parentEmail));
    return accounts.findByEmail(email).orElseThrow();
  }

  private List<Long> inForce() {
    return acceptance.requiredNow().stream().map(PolicyVersion::getId).toList();
  }

  @Test
  void aMinorNeedsAParentsAddressAndWaitsForTheirApproval() {
    String email = TestAccounts.email();
    assertThatThrownBy(() -> testAccounts.signUp(fourteenInGermany(email, null)))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.problems()).containsEntry("parentEmail", "parentEmail.required"));
    assertThatThrownBy(() -> testAccounts.signUp(fourteenInGermany(email, email)))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.problems()).containsEntry("parentEmail", "parentEmail.same"));
    assertThat(accounts.findByEmail(email)).isEmpty();

    String parentEmail = TestAccounts.email();
    Account child = minor(parentEmail);
    assertThat(child.isAwaitingGuardian()).isTrue();
    assertThat(marketing.isOptedIn(child.getConsentSubject(), "NEWSLETTER")).isFalse();
    marketing.choose(
        child.getConsentSubject(),
        "NEWSLETTER",
        true,
        "en",
        Method.SETTINGS,
        ClientInfo.UNKNOWN,
        null);
    assertThat(marketingMail.refusal(marketingMail.recipient(child.getId()), "NEWSLETTER"))
        .hasValue("a parent or guardian has not consented yet");

    String token = testAccounts.token(parentEmail, "/parent/consent");
    assertThat(parental.pending(token).childEmail()).isEqualTo(child.getEmail());
    parental.approve(token, inForce(), "en", ClientInfo.UNKNOWN);
    assertThat(accounts.find(child.getId()).orElseThrow().isAwaitingGuardian()).isFalse();

    List<ConsentEvent> byParent =
        ledger.history(child.getConsentSubject()).stream()
            .filter(e -> e.getMethod() == Method.PARENT_LINK)
            .toList();
    assertThat(byParent).extracting(ConsentEvent::getPurpose).contains(Purpose.PARENTAL);
    assertThat(byParent).hasSize(inForce().size() + 1);
    assertThat(byParent)
        .allSatisfy(
            e -> {
              assertThat(e.getActor()).matches("[0-9a-f]{64}").doesNotContain(parentEmail);
            });
    assertThatThrownBy(() -> parental.approve(token, inForce(), "en", ClientInfo.UNKNOWN))
        .hasMessage("parent.link.used");
    assertThatThrownBy(() -> parental.pending("not-a-token-at-all-xyz"))
        .hasMessage("parent.link.invalid");
  }

  @Inject Minors minors;

  @Test
  void aUsChildUnderThirteenIsNeverOfferedMarketingEvenAfterApproval() {
    String email = TestAccounts.email();
    String parentEmail = TestAccounts.email();
    testAccounts.signUp(
        new NewAccount(
            email,
            TestAccounts.PASSWORD,
            LocalDate.now(clock).minusYears(12),
            "US",
            Locale.ENGLISH,
            testAccounts.acceptedNow(),
            List.of("NEWSLETTER"),
            parentEmail,
            "America/New_York"));
    Account child = accounts.findByEmail(email).orElseThrow();
    assertThat(child.isAwaitingGuardian()).isTrue();
    parental.approve(
        testAccounts.token(parentEmail, "/parent/consent"), inForce(), "en", ClientInfo.UNKNOWN);
    assertThat(minors.isNeverOfferedMarketing(child.getBirthDate(), "US")).isTrue();
    assertThat(marketingMail.refusal(marketingMail.recipient(child.getId()), "NEWSLETTER"))
        .hasValue("never offered: a US resident under 13 (COPPA)");
    assertThat(minors.isMinor(LocalDate.now(clock).minusYears(17), "FI")).isTrue();
    assertThat(minors.isMinor(LocalDate.now(clock).minusYears(30), "FI")).isFalse();
  }

  @Test
  void aDeclineDeletesTheChildsAccount() {
    String parentEmail = TestAccounts.email();
    Account child = minor(parentEmail);
    EmbedDecisions.Viewer viewer = new EmbedDecisions.Viewer(child.getId(), null);
    embedDecisions.decide(
        viewer, List.of(providers.find("vimeo").orElseThrow()), true, "en", ClientInfo.UNKNOWN);
    assertThat(embedDecisions.current(viewer)).isNotEmpty();
    parental.decline(testAccounts.token(parentEmail, "/parent/consent"));
    assertThat(accounts.find(child.getId())).isEmpty();
    assertThat(embedDecisions.current(viewer)).isEmpty();
  }

  @Test
  void aReminderCarriesAFreshLinkAndAnUnansweredRequestExpiresWithItsAccount() {
    String remindedParent = TestAccounts.email();
    Account reminded = minor(remindedParent);
    String silentParent = TestAccounts.email();
    Account silent = minor(silentParent);
    String firstLink = testAccounts.token(remindedParent, "/parent/consent");

    ShiftableClock.INSTANCE.advance(Duration.ofDays(4));
    parental.sweep();
    String secondLink = testAccounts.token(remindedParent, "/parent/consent");
    assertThat(secondLink).isNotEqualTo(firstLink);
    assertThatThrownBy(() -> parental.pending(firstLink)).hasMessage("parent.link.invalid");
    parental.approve(secondLink, inForce(), "en", ClientInfo.UNKNOWN);

    ShiftableClock.INSTANCE.advance(Duration.ofDays(4));
    String silentLink = testAccounts.token(silentParent, "/parent/consent");
    assertThatThrownBy(() -> parental.pending(silentLink)).hasMessage("parent.link.expired");
    parental.sweep();
    assertThat(accounts.find(silent.getId())).isEmpty();
    assertThat(accounts.find(reminded.getId())).isPresent();
  }

  @Inject AcceptanceGate gate;

  @Test
  void aChildWhoReachesTheAgeOfConsentConfirmsTheDocumentsThemselves() {
    String email = TestAccounts.email();
    String parentEmail = TestAccounts.email();
    LocalDate sixteenInTwoDays = LocalDate.now(clock).minusYears(16).plusDays(2);
    testAccounts.signUp(
        new NewAccount(
            email,
            TestAccounts.PASSWORD,
            sixteenInTwoDays,
            "DE",
            Locale.ENGLISH,
            testAccounts.acceptedNow(),
            List.of(),
            parentEmail,
            "Europe/Berlin"));
    Account child = accounts.findByEmail(email).orElseThrow();
    parental.approve(
        testAccounts.token(parentEmail, "/parent/consent"), inForce(), "en", ClientInfo.UNKNOWN);
    child = accounts.find(child.getId()).orElseThrow();
    String subject = child.getConsentSubject();
    assertThat(minors.ownConsentDueSince(sixteenInTwoDays, "DE", child.isGuardianApproved()))
        .isEmpty();
    assertThat(gate.pending(subject, null)).isEmpty();

    ShiftableClock.INSTANCE.advance(Duration.ofDays(3));
    Instant since =
        minors.ownConsentDueSince(sixteenInTwoDays, "DE", child.isGuardianApproved()).orElseThrow();
    assertThat(gate.pending(subject, null)).isEmpty();
    assertThat(gate.pending(subject, since))
        .extracting(PolicyVersion::getId)
        .containsExactlyElementsOf(inForce());

    acceptance.accept(subject, inForce(), "en", Method.REVIEW_PAGE, ClientInfo.UNKNOWN, null);
    parental.outgrown(child.getId(), subject, "en", ClientInfo.UNKNOWN);
    assertThat(gate.pending(subject, since)).isEmpty();
    child = accounts.find(child.getId()).orElseThrow();
    assertThat(child.isGuardianApproved()).isFalse();
    assertThat(minors.ownConsentDueSince(sixteenInTwoDays, "DE", child.isGuardianApproved()))
        .isEmpty();
    List<ConsentEvent> history = ledger.history(subject);
    ConsentEvent last = history.get(history.size() - 1);
    assertThat(last.getPurpose()).isEqualTo(Purpose.PARENTAL);
    assertThat(last.getDecision()).isEqualTo(Decision.EXPIRED);
    assertThat(history)
        .filteredOn(e -> e.getMethod() == Method.REVIEW_PAGE && e.getDocumentVersionId() != null)
        .hasSize(inForce().size());
  }

  @Test
  void aChangeOfBirthDateOrCountryReEvaluatesTheAccountAndIsRecorded() {
    Account adult = testAccounts.verifiedOptedInto("NEWSLETTER");
    LocalDate born = adult.getBirthDate();
    String country = adult.getCountry();
    LocalDate twelve = LocalDate.now(clock).minusYears(12);

    assertThatThrownBy(
            () ->
                accounts.changeDetails(
                    adult.getId(),
                    new DetailsChange(LocalDate.now(clock).plusDays(1), "FI", null),
                    ClientInfo.UNKNOWN))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.problems()).containsEntry("birthDate", "birthDate.future"));
    assertThatThrownBy(
            () ->
                accounts.changeDetails(
                    adult.getId(),
                    new DetailsChange(LocalDate.of(1899, 12, 31), "ZZ", null),
                    ClientInfo.UNKNOWN))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.problems())
                    .containsEntry("birthDate", "birthDate.tooEarly")
                    .containsEntry("country", "country.unknown"));
    assertThatThrownBy(
            () ->
                accounts.changeDetails(
                    adult.getId(), new DetailsChange(twelve, "US", " "), ClientInfo.UNKNOWN))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.problems()).containsEntry("parentEmail", "parentEmail.required"));
    Account unchanged = accounts.find(adult.getId()).orElseThrow();
    assertThat(unchanged.getBirthDate()).isEqualTo(born);
    assertThat(unchanged.isAwaitingGuardian()).isFalse();
    assertThat(accounts.changes(adult.getId())).isEmpty();
    assertThat(
            accounts.changeDetails(
                adult.getId(), new DetailsChange(born, country, null), ClientInfo.UNKNOWN))
        .isEmpty();

    assertThat(
            accounts.changeDetails(
                adult.getId(),
                new DetailsChange(born.minusDays(1), "SE", null),
                ClientInfo.UNKNOWN))
        .hasValue(AccountChange.Outcome.RECORDED);
    assertThat(marketing.isOptedIn(adult.getConsentSubject(), "NEWSLETTER")).isTrue();

    String parentEmail = TestAccounts.email();
    assertThat(
            accounts.changeDetails(
                adult.getId(), new DetailsChange(twelve, "US", parentEmail), ClientInfo.UNKNOWN))
        .hasValue(AccountChange.Outcome.GUARDIAN_REQUIRED);
    Account child = accounts.find(adult.getId()).orElseThrow();
    assertThat(child.isAwaitingGuardian()).isTrue();
    assertThat(marketing.isOptedIn(child.getConsentSubject(), "NEWSLETTER")).isFalse();
    assertThat(accounts.changes(adult.getId()))
        .extracting(AccountChange::getOutcome, AccountChange::getCountryAfter)
        .containsExactly(
            tuple(AccountChange.Outcome.GUARDIAN_REQUIRED, "US"),
            tuple(AccountChange.Outcome.RECORDED, "SE"));
    assertThat(parental.pending(testAccounts.token(parentEmail, "/parent/consent")).accountId())
        .isEqualTo(adult.getId());
  }
}
