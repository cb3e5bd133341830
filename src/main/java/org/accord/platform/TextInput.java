package org.accord.platform;

/** Checks on free text typed by a person, before anything is stored. */
public final class TextInput {

  private TextInput() {}

  /**
   * Whether a single-line value holds control characters, lone surrogates or U+FFFD (what a servlet
   * container substitutes for bytes that were not valid UTF-8).
   */
  public static boolean isClean(String value) {
    if (value == null) {
      return true;
    }
    for (int i = 0; i < value.length(); ) {
      int cp = value.codePointAt(i);
      int type = Character.getType(cp);
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
