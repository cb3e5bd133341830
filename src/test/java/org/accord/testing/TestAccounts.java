package org.accord.testing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.accord.account.Account;
import org.accord.account.AccountService;
import org.accord.account.NewAccount;
import org.accord.consent.ClientInfo;
import org.accord.consent.Method;
import org.accord.marketing.MarketingPreferences;
import org.accord.platform.mail.MailMessage;
import org.accord.platform.mail.Outbox;
import org.accord.policy.PolicyAcceptance;
import org.accord.policy.PolicyVersion;

/** Builds accounts for in-container tests through the real services. */
@ApplicationScoped
public class TestAccounts {

  public static final String PASSWORD = "violet harbour tides";

  @Inject AccountService accounts;
  @Inject Outbox outbox;
  @Inject PolicyAcceptance acceptance;
  @Inject MarketingPreferences marketing;

  /** A fresh, unused e-mail address. */
  public static String email() {
    return "user-" + UUID.randomUUID().toString().substring(0, 12) + "@example.org";
  }

  /** An adult in Finland who accepts every document in force. */
  public NewAccount adult(String email) {
    return new NewAccount(
        email, PASSWORD, LocalDate.of(1990, 5, 17), "FI", Locale.ENGLISH, acceptedNow());
  }

  /** The same adult, ticking the given marketing categories. */
  public NewAccount adult(String email, List<String> marketing) {
    NewAccount adult = adult(email);
    return new NewAccount(
        email,
        adult.password(),
        adult.birthDate(),
        adult.country(),
        adult.language(),
        adult.acceptedVersions(),
        marketing);
  }

  /** The ids of the versions a new user must accept now. */
  public List<Long> acceptedNow() {
    return acceptance.requiredNow().stream().map(PolicyVersion::getId).toList();
  }

  /** Signs up as the form would, from an unknown client. */
  public void signUp(NewAccount request) {
    accounts.signUp(request, ClientInfo.UNKNOWN, null);
  }

  /** Signs up and confirms the address, as a user would. */
  public Account verified(String email) {
    signUp(adult(email));
    accounts.verifyEmail(token(email, "/verify"));
    return accounts.findByEmail(email).orElseThrow();
  }

  /** A verified adult opted (in settings) into the given marketing categories. */
  public Account verifiedOptedInto(String... categories) {
    Account account = verified(email());
    for (String code : categories) {
      marketing.choose(
          account.getConsentSubject(), code, true, "en", Method.SETTINGS, ClientInfo.UNKNOWN, null);
    }
    return account;
  }

  /** The secret of the newest link to the given path mailed to an address. */
  public String token(String email, String path) {
    List<MailMessage> mails = outbox.to(email);
    Pattern link = Pattern.compile(Pattern.quote(path) + "\\?token=([A-Za-z0-9_-]+)");
    for (int i = mails.size() - 1; i >= 0; i--) {
      Matcher m = link.matcher(mails.get(i).getBody());
      if (m.find()) {
        return m.group(1);
      }
    }
    throw new AssertionError("no " + path + " link mailed to " + email);
  }
}
