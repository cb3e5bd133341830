package org.accord.account;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.accord.minors.AgeRule;
import org.accord.platform.TextInput;

/**
 * What a person gives at sign-up, before it is checked: {@code acceptedVersions} are the ids of the
 * policy versions whose acceptance box they ticked, as the form showed them; {@code marketing} the
 * codes of the marketing categories they ticked (none unless they did).
 */
public record NewAccount(
    String email,
    String password,
    LocalDate birthDate,
    String country,
    Locale language,
    List<Long> acceptedVersions,
    List<String> marketing,
    String parentEmail,
    String timeZone) {

  public NewAccount {
    acceptedVersions = acceptedVersions == null ? List.of() : List.copyOf(acceptedVersions);
    marketing = marketing == null ? List.of() : List.copyOf(marketing);
  }

  /** Without any marketing category ticked. */
  public NewAccount(
      String email,
      String password,
      LocalDate birthDate,
      String country,
      Locale language,
      List<Long> acceptedVersions) {
    this(email, password, birthDate, country, language, acceptedVersions, List.of());
  }

  /** Without a parent's address or time zone. */
  public NewAccount(
      String email,
      String password,
      LocalDate birthDate,
      String country,
      Locale language,
      List<Long> acceptedVersions,
      List<String> marketing) {
    this(email, password, birthDate, country, language, acceptedVersions, marketing, null, null);
  }

  /**
   * The person's time zone as their browser reports it; where it is unknown, the zone in which a
   * day starts last (so that nobody counts as older than they may be).
   */
  public ZoneId zone() {
    try {
      return timeZone == null || timeZone.isBlank() ? AgeRule.LATEST_ZONE : ZoneId.of(timeZone);
    } catch (DateTimeException e) {
      return AgeRule.LATEST_ZONE;
    }
  }

  /** Field name to message key for every problem, in form order; empty when all is well. */
  public Map<String, String> problems(LocalDate today) {
    Map<String, String> problems = new LinkedHashMap<>();
    if (email == null || email.isBlank()) {
      problems.put("email", "email.required");
    } else if (email.length() > EmailAddress.MAX_LENGTH) {
      problems.put("email", "email.tooLong");
    } else if (!TextInput.isClean(email) || !EmailAddress.isValid(email)) {
      problems.put("email", "email.invalid");
    }
    if (password == null || password.isEmpty()) {
      problems.put("password", "password.required");
    }
    checkDetails(problems, birthDate, country, parentEmail, email, today);
    return problems;
  }

  /**
   * The checks of the details an account is judged by (C5): a plausible birth date, a known
   * country, and a parent's address (when given) that is valid and not the person's own.
   */
  static void checkDetails(
      Map<String, String> problems,
      LocalDate birthDate,
      String country,
      String parentEmail,
      String ownEmail,
      LocalDate today) {
    if (birthDate == null) {
      problems.put("birthDate", "birthDate.required");
    } else if (birthDate.isAfter(today)) {
      problems.put("birthDate", "birthDate.future");
    } else if (birthDate.isBefore(Account.EARLIEST_BIRTH_DATE)) {
      problems.put("birthDate", "birthDate.tooEarly");
    }
    if (parentEmail != null && !parentEmail.isBlank()) {
      if (parentEmail.length() > EmailAddress.MAX_LENGTH
          || !TextInput.isClean(parentEmail)
          || !EmailAddress.isValid(parentEmail)) {
        problems.put("parentEmail", "parentEmail.invalid");
      } else if (ownEmail != null && parentEmail.strip().equalsIgnoreCase(ownEmail.strip())) {
        problems.put("parentEmail", "parentEmail.same");
      }
    }
    if (country == null || country.isBlank()) {
      problems.put("country", "country.required");
    } else if (!Countries.isKnown(country)) {
      problems.put("country", "country.unknown");
    }
  }
}
