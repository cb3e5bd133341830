package org.accord.account;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
    List<String> marketing) {

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
    if (birthDate == null) {
      problems.put("birthDate", "birthDate.required");
    } else if (birthDate.isAfter(today)) {
      problems.put("birthDate", "birthDate.future");
    } else if (birthDate.isBefore(Account.EARLIEST_BIRTH_DATE)) {
      problems.put("birthDate", "birthDate.tooEarly");
    }
    if (country == null || country.isBlank()) {
      problems.put("country", "country.required");
    } else if (!Countries.isKnown(country)) {
      problems.put("country", "country.unknown");
    }
    return problems;
  }
}
