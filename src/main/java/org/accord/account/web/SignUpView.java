package org.accord.account.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.accord.account.AccountService;
import org.accord.account.Countries;
import org.accord.account.InvalidInputException;
import org.accord.account.NewAccount;
import org.accord.marketing.MarketingCategory;
import org.accord.marketing.MarketingPreferences;
import org.accord.platform.Messages;
import org.accord.platform.web.Clients;
import org.accord.platform.web.LanguageView;
import org.accord.policy.PolicyAcceptance;
import org.accord.policy.PolicyVersion;
import org.accord.security.PasswordService;
import org.accord.security.WeakPasswordException;

/**
 * {@code /signup}: e-mail, password, date of birth and country, and acceptance of the documents in
 * force (unticked boxes, linked to the texts).
 */
@Named
@RequestScoped
public class SignUpView {

  @Inject private AccountService accounts;
  @Inject private PasswordService passwords;
  @Inject private LanguageView language;
  @Inject private PolicyAcceptance acceptance;
  @Inject private Clients client;
  @Inject private MarketingPreferences marketingPreferences;

  private String email;
  private String password;
  private LocalDate birthDate;
  private String country;
  private boolean acceptTerms;
  private boolean acceptPrivacy;
  private String termsVersion;
  private String privacyVersion;
  private String submissionToken = UUID.randomUUID().toString();
  private List<PolicyVersion> requiredNow;
  private final Map<String, Boolean> marketing = new HashMap<>();
  private String parentEmail;
  private String timeZone;
  private List<MarketingCategory> categories;

  public String submit() {
    try {
      accounts.signUp(
          new NewAccount(
              email,
              password,
              birthDate,
              country,
              language.getLocale(),
              acceptedVersions(),
              marketing.entrySet().stream()
                  .filter(e -> Boolean.TRUE.equals(e.getValue()))
                  .map(Map.Entry::getKey)
                  .sorted()
                  .toList(),
              parentEmail,
              timeZone),
          client.current(),
          submissionToken);
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

  /** The versions whose boxes were ticked, exactly as the form showed them. */
  private List<Long> acceptedVersions() {
    List<Long> accepted = new ArrayList<>();
    if (acceptTerms) {
      accepted.addAll(PolicyAcceptance.parseIds(termsVersion));
    }
    if (acceptPrivacy) {
      accepted.addAll(PolicyAcceptance.parseIds(privacyVersion));
    }
    return accepted;
  }

  /** The version of a required document to show, if one is in force. */
  public PolicyVersion required(String kind) {
    if (requiredNow == null) {
      requiredNow = acceptance.requiredNow();
    }
    return requiredNow.stream()
        .filter(v -> v.getKind().name().equals(kind))
        .findFirst()
        .orElse(null);
  }

  /** The marketing categories offered, each with an unticked box of its own. */
  public List<MarketingCategory> getCategories() {
    if (categories == null) {
      categories = marketingPreferences.categories(language.getLanguage());
    }
    return categories;
  }

  public String getParentEmail() {
    return parentEmail;
  }

  public void setParentEmail(String parentEmail) {
    this.parentEmail = parentEmail;
  }

  public String getTimeZone() {
    return timeZone;
  }

  public void setTimeZone(String timeZone) {
    this.timeZone = timeZone;
  }

  /** The boxes ticked, by category code. */
  public Map<String, Boolean> getMarketing() {
    return marketing;
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

  public boolean isAcceptTerms() {
    return acceptTerms;
  }

  public void setAcceptTerms(boolean acceptTerms) {
    this.acceptTerms = acceptTerms;
  }

  public boolean isAcceptPrivacy() {
    return acceptPrivacy;
  }

  public void setAcceptPrivacy(boolean acceptPrivacy) {
    this.acceptPrivacy = acceptPrivacy;
  }

  public String getTermsVersion() {
    PolicyVersion current = required("TERMS_OF_SERVICE");
    return termsVersion != null
        ? termsVersion
        : current == null ? "" : String.valueOf(current.getId());
  }

  public void setTermsVersion(String termsVersion) {
    this.termsVersion = termsVersion;
  }

  public String getPrivacyVersion() {
    PolicyVersion current = required("PRIVACY_POLICY");
    return privacyVersion != null
        ? privacyVersion
        : current == null ? "" : String.valueOf(current.getId());
  }

  public void setPrivacyVersion(String privacyVersion) {
    this.privacyVersion = privacyVersion;
  }

  public String getSubmissionToken() {
    return submissionToken;
  }

  public void setSubmissionToken(String submissionToken) {
    this.submissionToken = submissionToken;
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
