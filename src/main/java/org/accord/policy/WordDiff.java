package org.accord.policy;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.accord.platform.Html;

/**
 * A word-level diff of two texts as HTML: unchanged words as they are, removed words in {@code
 * <del>}, added words in {@code <ins>}, everything escaped. Whitespace is kept, so paragraphs and
 * lines survive inside a {@code <pre>}-like block.
 */
public final class WordDiff {

  private static final Pattern TOKEN = Pattern.compile("\\s+|[^\\s]+");

  private WordDiff() {}

  public static String html(String before, String after) {
    List<String> a = tokens(before);
    List<String> b = tokens(after);
    Patch<String> patch = DiffUtils.diff(a, b);
    StringBuilder out = new StringBuilder();
    int position = 0;
    for (AbstractDelta<String> delta : patch.getDeltas()) {
      int start = delta.getSource().getPosition();
      append(out, a.subList(position, start), null);
      append(out, delta.getSource().getLines(), "del");
      append(out, delta.getTarget().getLines(), "ins");
      position = start + delta.getSource().size();
    }
    append(out, a.subList(position, a.size()), null);
    return out.toString();
  }

  static List<String> tokens(String text) {
    List<String> tokens = new ArrayList<>();
    Matcher m = TOKEN.matcher(text == null ? "" : text);
    while (m.find()) {
      tokens.add(m.group());
    }
    return tokens;
  }

  private static void append(StringBuilder out, List<String> tokens, String tag) {
    if (tokens.isEmpty()) {
      return;
    }
    if (tag != null) {
      out.append('<').append(tag).append('>');
    }
    for (String token : tokens) {
      out.append(Html.escape(token));
    }
    if (tag != null) {
      out.append("</").append(tag).append('>');
    }
  }
}
