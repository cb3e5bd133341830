package org.accord.account;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** ISO 3166-1 alpha-2 country codes, named in the reader's language. */
public final class Countries {

  private static final Set<String> CODES = Set.of(Locale.getISOCountries());

  private Countries() {}

  public static boolean isKnown(String code) {
    return code != null && CODES.contains(code);
  }

  public record Country(String code, String name) {}

  /** The country's name in the reader's language. */
  public static String name(String code, Locale language) {
    return new Locale("", code).getDisplayCountry(language);
  }

  public static List<Country> all(Locale language) {
    return CODES.stream()
        .map(code -> new Country(code, name(code, language)))
        .sorted(Comparator.comparing(Country::name))
        .toList();
  }
}
