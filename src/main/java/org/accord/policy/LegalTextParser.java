package org.accord.policy;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one {@code legal/<kind>/v<version>.<language>.md} file: a front matter block of {@code key:
 * value} lines between two {@code ---} lines, then the Markdown body.
 */
public final class LegalTextParser {

  public static final Set<String> LANGUAGES = Set.of("en", "fi");
  static final int MAX_BYTES = 512 * 1024;

  private static final Pattern NAME = Pattern.compile("v([1-9][0-9]{0,5})\\.([a-z]{2})\\.md");
  private static final Set<String> REQUIRED =
      Set.of("version", "effective", "change", "summary", "child_summary");

  private LegalTextParser() {}

  /**
   * @param path the path below {@code legal/}, e.g. {@code privacy-policy/v2.fi.md}
   */
  public static LegalText parse(String path, String content) {
    String[] parts = path.split("/");
    if (parts.length != 2) {
      throw new InvalidLegalTextException(path, "expected <kind>/v<version>.<language>.md");
    }
    DocumentKind kind =
        DocumentKind.byFolder(parts[0])
            .orElseThrow(() -> new InvalidLegalTextException(path, "unknown document kind"));
    Matcher name = NAME.matcher(parts[1]);
    if (!name.matches()) {
      throw new InvalidLegalTextException(path, "expected v<version>.<language>.md");
    }
    String language = name.group(2);
    if (!LANGUAGES.contains(language)) {
      throw new InvalidLegalTextException(path, "unsupported language " + language);
    }
    if (content.length() > MAX_BYTES) {
      throw new InvalidLegalTextException(path, "larger than " + MAX_BYTES + " characters");
    }
    String text = content.replace("\r\n", "\n");
    if (!text.startsWith("---\n")) {
      throw new InvalidLegalTextException(path, "no front matter");
    }
    int end = text.indexOf("\n---\n", 3);
    if (end < 0) {
      throw new InvalidLegalTextException(path, "front matter is not closed with ---");
    }
    Map<String, String> front = frontMatter(path, text.substring(4, end));
    String body = text.substring(end + 5).strip() + "\n";
    int version = Integer.parseInt(front.get("version"));
    if (version != Integer.parseInt(name.group(1))) {
      throw new InvalidLegalTextException(
          path, "version " + version + " does not match the file name");
    }
    return new LegalText(
        kind,
        version,
        language,
        instant(path, front.get("effective")),
        changeKind(path, front.get("change")),
        front.get("summary"),
        front.get("child_summary"),
        body);
  }

  private static Map<String, String> frontMatter(String path, String block) {
    Map<String, String> values = new HashMap<>();
    for (String line : block.split("\n")) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      int colon = line.indexOf(':');
      if (colon < 1) {
        throw new InvalidLegalTextException(path, "front matter line is not key: value: " + line);
      }
      String value = line.substring(colon + 1).strip();
      values.put(line.substring(0, colon).strip(), value);
    }
    for (String key : REQUIRED) {
      if (values.getOrDefault(key, "").isBlank()) {
        throw new InvalidLegalTextException(path, "front matter lacks " + key);
      }
    }
    if (!values.get("version").matches("[1-9][0-9]{0,5}")) {
      throw new InvalidLegalTextException(path, "version must be a positive whole number");
    }
    return values;
  }

  private static Instant instant(String path, String value) {
    try {
      return Instant.parse(value);
    } catch (DateTimeParseException e) {
      throw new InvalidLegalTextException(
          path, "effective must be an instant like 2027-01-01T00:00:00Z");
    }
  }

  private static ChangeKind changeKind(String path, String value) {
    try {
      return ChangeKind.valueOf(value);
    } catch (IllegalArgumentException e) {
      throw new InvalidLegalTextException(path, "change must be MINOR or MATERIAL");
    }
  }
}
