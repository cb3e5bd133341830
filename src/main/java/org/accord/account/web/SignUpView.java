package org.accord.account.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import org.accord.account.AccountService;
import org.accord.account.Countries;
import org.accord.account.InvalidInputException;
import org.accord.account.NewAccount;
import org.accord.platform.Messages;
import org.accord.platform.web.LanguageView;
import org.accord.security.PasswordService;
import org.accord.security.WeakPasswordException;

/** {@code /signup}: e-mail, password, date of birth and country. */
@Named
@RequestScoped
public class SignUpView {

  @Inject private AccountService accounts;
  @Inject private PasswordService passwords;
  @Inject private LanguageView language;

  private String email;
  private String password;
  private LocalDate birthDate;
  private String country;

  public String submit() {
    try {
      accounts.signUp(new NewAccount(email, password, birthDate, country, language.getLocale()));
    } catch (InvalidInputException e) {
      Forms.show("signup", e);
      return null;
    } catch (WeakPasswordException e) {
      Forms.show("signup:password", e, passwords.profile().minimumLength());
      return null;
    }
    Messages.keepForRedirect();
    Messages.info("signup.done", email);
    return "/signup-done?faces-redirect=true";
  }

  public List<Countries.Country> getCountries() {
    return Countries.all(language.getLocale());
  }

  public int getMinimumLength() {
    return passwords.profile().minimumLength();
  }

  public LocalDate getToday() {
    return LocalDate.now();
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
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
}
