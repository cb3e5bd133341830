package org.accord.marketing.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import org.accord.account.Account;
import org.accord.account.AccountService;
import org.accord.consent.Method;
import org.accord.marketing.MarketingCategory;
import org.accord.marketing.MarketingPreferences;
import org.accord.minors.Minors;
import org.accord.platform.AccordException;
import org.accord.platform.Messages;
import org.accord.platform.web.Clients;
import org.accord.platform.web.LanguageView;
import org.accord.security.CurrentUser;

/**
 * {@code /account/privacy}: each marketing category with the person's choice, changed with one
 * click; every change is a consent event carrying the text shown.
 */
@Named
@RequestScoped
public class PrivacySettingsView {

  @Inject private CurrentUser user;
  @Inject private AccountService accounts;
  @Inject private MarketingPreferences marketing;
  @Inject private LanguageView language;
  @Inject private Clients clients;
  @Inject private Minors minors;

  private List<MarketingCategory> categories;
  private Map<String, Boolean> choices;

  private Account account;
  private Boolean neverOffered;

  private Account account() {
    if (account == null) {
      account = accounts.get(user.requireId());
    }
    return account;
  }

  /** A US resident under 13 is never offered marketing (COPPA). */
  public boolean isNeverOffered() {
    if (neverOffered == null) {
      neverOffered =
          minors.isNeverOfferedMarketing(account().getBirthDate(), account().getCountry());
    }
    return neverOffered;
  }

  public List<MarketingCategory> getCategories() {
    if (categories == null) {
      categories = marketing.categories(language.getLanguage());
    }
    return categories;
  }

  public boolean optedIn(String code) {
    if (choices == null) {
      choices = marketing.choices(account().getConsentSubject());
    }
    return Boolean.TRUE.equals(choices.get(code));
  }

  public String subscribe(String code) {
    return choose(code, true);
  }

  public String unsubscribe(String code) {
    return choose(code, false);
  }

  private String choose(String code, boolean optedIn) {
    if (optedIn && isNeverOffered()) {
      Messages.add(
          null,
          jakarta.faces.application.FacesMessage.SEVERITY_ERROR,
          "privacy.marketing.notOffered");
      return null;
    }
    try {
      marketing.choose(
          account().getConsentSubject(),
          code,
          optedIn,
          language.getLanguage(),
          Method.SETTINGS,
          clients.current(),
          null);
    } catch (AccordException e) {
      Messages.error(null, e);
      return null;
    }
    Messages.keepForRedirect();
    Messages.info(optedIn ? "privacy.subscribed" : "privacy.unsubscribed");
    return "/account/privacy?faces-redirect=true";
  }
}
