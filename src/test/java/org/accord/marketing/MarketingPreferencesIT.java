package org.accord.marketing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.accord.account.Account;
import org.accord.account.AccountService;
import org.accord.account.InvalidInputException;
import org.accord.consent.ClientInfo;
import org.accord.consent.ConsentEvent;
import org.accord.consent.ConsentLedger;
import org.accord.consent.Decision;
import org.accord.consent.Method;
import org.accord.consent.Purpose;
import org.accord.testing.TestAccounts;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Marketing choices at sign-up and in settings, kept as consent events with the text shown. */
@ExtendWith(ArquillianExtension.class)
class MarketingPreferencesIT {

  @Inject MarketingPreferences marketing;
  @Inject TestAccounts accounts;
  @Inject AccountService accountService;
  @Inject ConsentLedger ledger;

  private Account signUp(List<String> ticked) {
    String email = TestAccounts.email();
    accounts.signUp(accounts.adult(email, ticked));
    return accountService.findByEmail(email).orElseThrow();
  }

  private List<ConsentEvent> marketingEvents(String subject) {
    return ledger.history(subject).stream()
        .filter(
            e ->
                e.getPurpose() == Purpose.MARKETING_NEWSLETTER
                    || e.getPurpose() == Purpose.MARKETING_PRODUCT_UPDATES)
        .toList();
  }

  @Test
  void theCategoriesAreDataInEveryLanguage() {
    assertThat(marketing.categories("en"))
        .extracting(MarketingCategory::code)
        .containsExactly("NEWSLETTER", "PRODUCT_UPDATES");
    assertThat(marketing.categories("fi").get(0).label()).isEqualTo("Kuukausittainen uutiskirje");
    assertThat(marketing.categories("sv").get(0).language()).isEqualTo("en");
  }

  @Test
  void nothingIsOptedInUnlessTickedAndEachTickIsAnEventWithTheTextShown() {
    Account none = signUp(List.of());
    assertThat(marketing.choices(none.getConsentSubject()))
        .isEqualTo(Map.of("NEWSLETTER", false, "PRODUCT_UPDATES", false));
    assertThat(marketingEvents(none.getConsentSubject())).isEmpty();

    Account newsletter = signUp(List.of("NEWSLETTER"));
    String subject = newsletter.getConsentSubject();
    assertThat(marketing.isOptedIn(subject, "NEWSLETTER")).isTrue();
    assertThat(marketing.isOptedIn(subject, "PRODUCT_UPDATES")).isFalse();
    List<ConsentEvent> events = marketingEvents(subject);
    assertThat(events).hasSize(1);
    assertThat(events.get(0).getDecision()).isEqualTo(Decision.GIVEN);
    assertThat(events.get(0).getMethod()).isEqualTo(Method.SIGNUP_FORM);
    assertThat(events.get(0).getTextHash())
        .isEqualTo(marketing.category("NEWSLETTER", "en").orElseThrow().textHash());
  }

  @Test
  void aChoiceIsRecordedOnlyWhenItChanges() {
    String subject = signUp(List.of()).getConsentSubject();
    assertThat(choose(subject, "PRODUCT_UPDATES", true, "fi")).isTrue();
    assertThat(choose(subject, "PRODUCT_UPDATES", true, "fi")).isFalse();
    assertThat(choose(subject, "PRODUCT_UPDATES", false, "en")).isTrue();
    List<ConsentEvent> events = marketingEvents(subject);
    assertThat(events)
        .extracting(ConsentEvent::getDecision)
        .containsExactly(Decision.GIVEN, Decision.WITHDRAWN);
    assertThat(events.get(0).getLanguage()).isEqualTo("fi");
    assertThat(events.get(0).getTextHash())
        .isEqualTo(marketing.category("PRODUCT_UPDATES", "fi").orElseThrow().textHash());
    assertThat(marketing.isOptedIn(subject, "PRODUCT_UPDATES")).isFalse();
  }

  @Test
  void unknownCategoriesAreRefusedAndChangeNothing() {
    String email = TestAccounts.email();
    assertThatThrownBy(() -> accounts.signUp(accounts.adult(email, List.of("SPAM"))))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.problems()).containsEntry("marketing", "signup.marketing.unknown"));
    assertThat(accountService.findByEmail(email)).isEmpty();

    String subject = signUp(List.of()).getConsentSubject();
    assertThatThrownBy(() -> choose(subject, "SPAM", true, "en"))
        .isInstanceOf(UnknownCategoryException.class);
    assertThat(marketingEvents(subject)).isEmpty();
  }

  private boolean choose(String subject, String code, boolean optedIn, String language) {
    return marketing.choose(
        subject, code, optedIn, language, Method.SETTINGS, ClientInfo.UNKNOWN, null);
  }
}
