package org.accord.account.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.accord.account.Account;
import org.accord.account.AccountService;
import org.accord.account.Countries;
import org.accord.platform.web.LanguageView;
import org.accord.security.CurrentUser;

/** {@code /account}: the signed-in user's own details. */
@Named
@RequestScoped
public class AccountView {

  @Inject private AccountService accounts;
  @Inject private CurrentUser user;
  @Inject private LanguageView language;

  private Account account;

  @PostConstruct
  void load() {
    account = accounts.get(user.requireId());
  }

  public Account getAccount() {
    return account;
  }

  public String getCountryName() {
    return Countries.name(account.getCountry(), language.getLocale());
  }
}
