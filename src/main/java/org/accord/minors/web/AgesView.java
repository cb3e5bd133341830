package org.accord.minors.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.accord.account.Countries;
import org.accord.minors.AgeOfConsent;
import org.accord.minors.AgesOfConsent;
import org.accord.platform.AccordException;
import org.accord.platform.Messages;
import org.accord.platform.web.LanguageView;
import org.accord.security.CurrentUser;

/** {@code /admin/ages}: the age of digital consent per country, and changing one. */
@Named
@RequestScoped
public class AgesView {

  @Inject private AgesOfConsent ages;
  @Inject private LanguageView language;
  @Inject private CurrentUser user;

  private String country;
  private Integer age;
  private String source;
  private LocalDate since;

  public List<AgeOfConsent> getAll() {
    return ages.all();
  }

  public List<Countries.Country> getCountries() {
    return Countries.all(language.getLocale());
  }

  public List<Integer> getAges() {
    return IntStream.rangeClosed(AgeOfConsent.MINIMUM, AgeOfConsent.MAXIMUM).boxed().toList();
  }

  public String save() {
    try {
      ages.set(country, age == null ? 0 : age, source, since, user.id().orElse(null));
    } catch (AccordException e) {
      Messages.error(null, e);
      return null;
    }
    Messages.keepForRedirect();
    Messages.info("ages.saved", country, age);
    return "/admin/ages?faces-redirect=true";
  }

  public String getCountry() {
    return country;
  }

  public void setCountry(String country) {
    this.country = country;
  }

  public Integer getAge() {
    return age;
  }

  public void setAge(Integer age) {
    this.age = age;
  }

  public String getSource() {
    return source;
  }

  public void setSource(String source) {
    this.source = source;
  }

  public LocalDate getSince() {
    return since;
  }

  public void setSince(LocalDate since) {
    this.since = since;
  }
}
