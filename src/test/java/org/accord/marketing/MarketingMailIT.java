package org.accord.marketing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
import org.accord.account.Account;
import org.accord.account.AccountService;
import org.accord.consent.ClientInfo;
import org.accord.platform.mail.MailCategory;
import org.accord.platform.mail.MailMessage;
import org.accord.platform.mail.Outbox;
import org.accord.testing.TestAccounts;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Marketing mail goes only to verified people opted into its category; the sender enforces it. */
@ExtendWith(ArquillianExtension.class)
class MarketingMailIT {

  @Inject MarketingMail mail;
  @Inject MarketingPreferences preferences;
  @Inject UnsubscribeTokens tokens;
  @Inject Unsubscribe unsubscribe;
  @Inject TestAccounts accounts;
  @Inject AccountService accountService;
  @Inject Outbox outbox;
  @Inject MarketingOutbox marketingOutbox;

  private List<MailMessage> marketingTo(String email) {
    return outbox.to(email).stream()
        .filter(m -> m.getCategory() == MailCategory.MARKETING)
        .toList();
  }

  @Test
  void onlyAVerifiedOptedInPersonGetsMarketingMailWithAnUnsubscribeLink() {
    Account in = accounts.verifiedOptedInto("NEWSLETTER");
    MailMessage sent = mail.send(in.getId(), "NEWSLETTER", "News", "Hello.").orElseThrow();
    assertThat(sent.getUnsubscribeUrl()).contains("/unsubscribe?token=");
    assertThat(sent.getBody()).contains("Hello.", sent.getUnsubscribeUrl());
    assertThat(mail.mayReceive(sent)).isTrue();

    Account out = accounts.verifiedOptedInto();
    assertThat(mail.send(out.getId(), "NEWSLETTER", "News", "Hello.")).isEmpty();
    assertThat(marketingTo(out.getEmail())).isEmpty();
    assertThat(mail.send(in.getId(), "PRODUCT_UPDATES", "News", "Hello.")).isEmpty();

    String email = TestAccounts.email();
    accounts.signUp(accounts.adult(email, List.of("NEWSLETTER")));
    Account unverified = accountService.findByEmail(email).orElseThrow();
    assertThat(mail.send(unverified.getId(), "NEWSLETTER", "News", "Hello.")).isEmpty();
    assertThat(mail.send(-1, "NEWSLETTER", "News", "Hello.")).isEmpty();
  }

  @Test
  void theOutboxRefusesMarketingMailThatDoesNotComeThroughTheSender() {
    assertThatThrownBy(() -> marketingOutbox.queueDirectly("x@example.org"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anUnsubscribeLinkOptsOutOfItsCategoryOnceAndDeliveryChecksAgain() {
    Account in = accounts.verifiedOptedInto("NEWSLETTER");
    MailMessage queued = mail.send(in.getId(), "NEWSLETTER", "News", "Hello.").orElseThrow();
    String token = tokens.issue(in.getId(), "NEWSLETTER");
    assertThat(unsubscribe.describe(token))
        .hasValueSatisfying(l -> assertThat(l.optedIn()).isTrue());

    assertThat(unsubscribe.withToken(token, ClientInfo.UNKNOWN)).isTrue();
    assertThat(preferences.isOptedIn(in.getConsentSubject(), "NEWSLETTER")).isFalse();
    assertThat(mail.mayReceive(queued)).isFalse();
    assertThat(unsubscribe.withToken(token, ClientInfo.UNKNOWN)).isTrue();

    assertThat(unsubscribe.withToken(token + "x", ClientInfo.UNKNOWN)).isFalse();
    assertThat(unsubscribe.withToken("garbage", ClientInfo.UNKNOWN)).isFalse();
    assertThat(unsubscribe.withToken(null, ClientInfo.UNKNOWN)).isFalse();
    String other = tokens.issue(in.getId() + 1, "NEWSLETTER");
    String forged = token.substring(0, token.indexOf('.')) + other.substring(other.indexOf('.'));
    assertThat(tokens.verify(forged)).isEmpty();
  }

  /** Calls the outbox as a careless caller would, inside a transaction. */
  @jakarta.enterprise.context.ApplicationScoped
  @Transactional
  public static class MarketingOutbox {
    @Inject Outbox outbox;

    public void queueDirectly(String recipient) {
      outbox.queue(recipient, "verify", Locale.ENGLISH, MailCategory.MARKETING, "x");
    }
  }
}
