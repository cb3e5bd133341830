package org.accord.platform;

/** Checks on free text typed by a person, before anything is stored. */
public final class TextInput {

  private TextInput() {}

  /**
   * Whether a single-line value holds control characters, lone surrogates or U+FFFD (what a servlet
   * container substitutes for bytes that were not valid UTF-8).
   */
  public static boolean isClean(String value) {
    return isClean(value, false);
  }

  /** The same check for text of several lines: line feeds, carriage returns and tabs are fine. */
  public static boolean isCleanText(String value) {
    return isClean(value, true);
  }

  private static boolean isClean(String value, boolean lines) {
    if (value == null) {
      return true;
    }
    for (int i = 0; i < value.length(); ) {
      int cp = value.codePointAt(i);
      int type = Character.getType(cp);
      if (lines && (cp == '\n' || cp == '\r' || cp == '\t')) {
        i++;
        continue;
      }
      if (cp == 0xFFFD
          || type == Character.CONTROL
          || type == Character.SURROGATE
          || type == Character.LINE_SEPARATOR
          || type == Character.PARAGRAPH_SEPARATOR) {
        return false;
      }
      i += Character.charCount(cp);
    }
    return true;
  }
}
