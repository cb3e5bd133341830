package org.accord.platform;

/** Text placed into HTML that the application writes itself (outside Facelets). */
public final class Html {

  private Html() {}

  /** The text with {@code & < > "} escaped: safe in element content and quoted attributes. */
  public static String escape(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
