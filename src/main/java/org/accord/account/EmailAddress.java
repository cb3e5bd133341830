package org.accord.account;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A normalised e-mail address: trimmed, NFKC, lower case. Accepts the addresses people actually use
 * (a dot-atom local part, a domain with at least one dot); refuses anything else.
 */
public final class EmailAddress {

  public static final int MAX_LENGTH = 254;

  private static final Pattern SHAPE =
      Pattern.compile(
          "[\\p{L}\\p{N}!#$%&'*+/=?^_`{|}~-]+(\\.[\\p{L}\\p{N}!#$%&'*+/=?^_`{|}~-]+)*"
              + "@[\\p{L}\\p{N}]([\\p{L}\\p{N}-]{0,61}[\\p{L}\\p{N}])?"
              + "(\\.[\\p{L}\\p{N}]([\\p{L}\\p{N}-]{0,61}[\\p{L}\\p{N}])?)+");

  private EmailAddress() {}

  /** The normalised form, or empty when the input is not a usable address. */
  public static Optional<String> normalize(String input) {
    if (input == null) {
      return Optional.empty();
    }
    String value =
        Normalizer.normalize(input.strip(), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    int at = value.lastIndexOf('@');
    if (value.length() > MAX_LENGTH || at < 1 || at > 64 || !SHAPE.matcher(value).matches()) {
      return Optional.empty();
    }
    return Optional.of(value);
  }

  public static boolean isValid(String input) {
    return normalize(input).isPresent();
  }
}
