package org.accord.account.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.accord.account.Account;
import org.accord.account.AccountChange;
import org.accord.account.AccountService;
import org.accord.account.Countries;
import org.accord.account.DetailsChange;
import org.accord.account.InvalidInputException;
import org.accord.platform.Messages;
import org.accord.platform.web.Clients;
import org.accord.platform.web.LanguageView;
import org.accord.policy.web.Standings;
import org.accord.security.CurrentUser;

/**
 * {@code /account/details}: the birth date and country the account is judged by. A change
 * re-evaluates the account and is recorded (C5); the changes made so far are listed.
 */
@Named
@RequestScoped
public class DetailsView {

  @Inject private AccountService accounts;
  @Inject private CurrentUser user;
  @Inject private LanguageView language;
  @Inject private Clients clients;
  @Inject private Clock clock;

  private Account account;
  private LocalDate birthDate;
  private String country;
  private String parentEmail;
  private List<AccountChange> changes;

  @PostConstruct
  void load() {
    account = accounts.get(user.requireId());
    birthDate = account.getBirthDate();
    country = account.getCountry();
  }

  public String submit() {
    Optional<AccountChange.Outcome> outcome;
    try {
      outcome =
          accounts.changeDetails(
              account.getId(),
              new DetailsChange(birthDate, country, parentEmail),
              clients.current());
    } catch (InvalidInputException e) {
      Forms.show("details", e);
      return null;
    }
    // The gate reads the account again on the next request: it may now be held, or owe its own
    // confirmation of the documents.
    Standings.forget(
        ((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest())
            .getSession(false));
    Messages.keepForRedirect();
    Messages.info(outcome.map(o -> "details.outcome." + o.name()).orElse("details.unchanged"));
    return "/account/details?faces-redirect=true";
  }

  public List<AccountChange> getChanges() {
    if (changes == null) {
      changes = accounts.changes(account.getId());
    }
    return changes;
  }

  public List<Countries.Country> getCountries() {
    return Countries.all(language.getLocale());
  }

  public String countryName(String code) {
    return Countries.name(code, language.getLocale());
  }

  public LocalDate getToday() {
    return LocalDate.now(clock);
  }

  public LocalDate getBirthDate() {
    return birthDate;
  }

  public void setBirthDate(LocalDate birthDate) {
    this.birthDate = birthDate;
  }

  public String getCountry() {
    return country;
  }

  public void setCountry(String country) {
    this.country = country;
  }

  public String getParentEmail() {
    return parentEmail;
  }

  public void setParentEmail(String parentEmail) {
    this.parentEmail = parentEmail;
  }
}
