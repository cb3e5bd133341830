package org.accord.security;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;

/**
 * NIST SP 800-63B memorized-secret rules: length counted in code points after NFKC, no composition
 * rules, and refusal of breached, repetitive, sequential and context-specific passwords. Stateless
 * and thread-safe.
 */
public final class PasswordPolicy {

  /** Anything longer is refused outright; no password is ever truncated. */
  public static final int MAXIMUM_LENGTH = 1024;

  /** Context words shorter than this are too common to refuse a password for. */
  private static final int MINIMUM_CONTEXT_WORD = 3;

  /** Long inputs say nothing more about strength, and estimating them costs quadratic time. */
  private static final int ESTIMATE_PREFIX = 100;

  private static final String PRODUCT_NAME = "accord";

  private final PasswordProfile profile;
  private final Predicate<String> breached;
  private final ToIntFunction<String> strength;

  /**
   * @param breached whether a lower-cased, normalised password is on the blocklist
   * @param strength estimated strength 0..4 of a normalised password
   */
  public PasswordPolicy(
      PasswordProfile profile, Predicate<String> breached, ToIntFunction<String> strength) {
    this.profile = Objects.requireNonNull(profile);
    this.breached = Objects.requireNonNull(breached);
    this.strength = Objects.requireNonNull(strength);
  }

  public PasswordProfile profile() {
    return profile;
  }

  /** The form in which passwords are hashed and compared: NFKC. */
  public static String normalize(String password) {
    return Normalizer.normalize(password, Normalizer.Form.NFKC);
  }

  /**
   * Checks a candidate password for a user with the given e-mail address (which may be blank when
   * not yet known).
   */
  public PasswordVerdict check(String password, String email) {
    if (password == null) {
      return new PasswordVerdict(List.of(PasswordRejection.TOO_SHORT), 0);
    }
    if (password.length() > MAXIMUM_LENGTH * 2) {
      return new PasswordVerdict(List.of(PasswordRejection.TOO_LONG), 0);
    }
    String normalized = normalize(password);
    int length = normalized.codePointCount(0, normalized.length());
    List<PasswordRejection> reasons = new ArrayList<>();
    if (length < profile.minimumLength()) {
      reasons.add(PasswordRejection.TOO_SHORT);
    }
    if (length > MAXIMUM_LENGTH) {
      reasons.add(PasswordRejection.TOO_LONG);
    }
    if (!hasOnlyAllowedCharacters(normalized)) {
      reasons.add(PasswordRejection.INVALID_CHARACTERS);
      return new PasswordVerdict(reasons, 0);
    }
    String lower = normalized.toLowerCase(Locale.ROOT);
    if (breached.test(lower)) {
      reasons.add(PasswordRejection.BREACHED);
    }
    if (length > 1 && isRepetitive(lower)) {
      reasons.add(PasswordRejection.REPETITIVE);
    }
    if (length > 2 && isSequential(lower)) {
      reasons.add(PasswordRejection.SEQUENTIAL);
    }
    if (containsContextWord(lower, email)) {
      reasons.add(PasswordRejection.CONTEXT_WORD);
    }
    int score = reasons.isEmpty() ? estimate(normalized) : Math.min(1, estimate(normalized));
    return new PasswordVerdict(reasons, score);
  }

  private int estimate(String normalized) {
    String prefix =
        normalized.codePointCount(0, normalized.length()) > ESTIMATE_PREFIX
            ? normalized.substring(0, normalized.offsetByCodePoints(0, ESTIMATE_PREFIX))
            : normalized;
    return Math.max(0, Math.min(4, strength.applyAsInt(prefix)));
  }

  /** Printable ASCII, space and any assigned Unicode character; no controls or lone surrogates. */
  static boolean hasOnlyAllowedCharacters(String s) {
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      int type = Character.getType(cp);
      if (type == Character.CONTROL
          || type == Character.SURROGATE
          || type == Character.UNASSIGNED
          || type == Character.PRIVATE_USE
          || type == Character.LINE_SEPARATOR
          || type == Character.PARAGRAPH_SEPARATOR) {
        return false;
      }
      i += Character.charCount(cp);
    }
    return true;
  }

  /** The whole password is one unit repeated: "aaaaaaaa", "abcabcabc", "1212 1212 ". */
  static boolean isRepetitive(String s) {
    int[] cps = s.codePoints().toArray();
    for (int unit = 1; unit <= cps.length / 2; unit++) {
      if (cps.length % unit == 0 && repeats(cps, unit)) {
        return true;
      }
    }
    return false;
  }

  private static boolean repeats(int[] cps, int unit) {
    for (int i = unit; i < cps.length; i++) {
      if (cps[i] != cps[i - unit]) {
        return false;
      }
    }
    return true;
  }

  /** The whole password runs up or down by one code point: "12345678", "hgfedcba". */
  static boolean isSequential(String s) {
    int[] cps = s.codePoints().toArray();
    int step = cps[1] - cps[0];
    if (Math.abs(step) != 1) {
      return false;
    }
    for (int i = 2; i < cps.length; i++) {
      if (cps[i] - cps[i - 1] != step) {
        return false;
      }
    }
    return true;
  }

  private static boolean containsContextWord(String lower, String email) {
    if (lower.contains(PRODUCT_NAME)) {
      return true;
    }
    for (String word : contextWords(email)) {
      if (lower.contains(word)) {
        return true;
      }
    }
    return false;
  }

  /** The e-mail's local part, and its parts split at punctuation ("jane.doe" → jane, doe). */
  static List<String> contextWords(String email) {
    List<String> words = new ArrayList<>();
    if (email == null) {
      return words;
    }
    String normalized = normalize(email.strip()).toLowerCase(Locale.ROOT);
    int at = normalized.lastIndexOf('@');
    String local = at > 0 ? normalized.substring(0, at) : normalized;
    addIfLongEnough(words, local);
    for (String part : local.split("[^\\p{L}\\p{N}]+")) {
      if (!part.equals(local)) {
        addIfLongEnough(words, part);
      }
    }
    return words;
  }

  private static void addIfLongEnough(List<String> words, String word) {
    if (word.codePointCount(0, word.length()) >= MINIMUM_CONTEXT_WORD) {
      words.add(word);
    }
  }
}
