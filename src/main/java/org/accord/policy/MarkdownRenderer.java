package org.accord.policy;

import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Markdown to safe HTML: CommonMark with tables, raw HTML escaped, then an allow-list sanitiser
 * (headings, paragraphs, lists, tables, emphasis, code, quotes and http/https/mailto links).
 */
public final class MarkdownRenderer {

  private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
  private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
  private static final HtmlRenderer RENDERER =
      HtmlRenderer.builder().extensions(EXTENSIONS).escapeHtml(true).build();
  private static final PolicyFactory POLICY =
      new HtmlPolicyBuilder()
          .allowElements(
              "h1",
              "h2",
              "h3",
              "h4",
              "h5",
              "h6",
              "p",
              "ul",
              "ol",
              "li",
              "table",
              "thead",
              "tbody",
              "tr",
              "th",
              "td",
              "em",
              "strong",
              "code",
              "pre",
              "blockquote",
              "hr",
              "br",
              "a")
          .allowUrlProtocols("http", "https", "mailto")
          .allowAttributes("href")
          .onElements("a")
          .requireRelNofollowOnLinks()
          .allowAttributes("align")
          .onElements("th", "td")
          .toFactory();

  private MarkdownRenderer() {}

  public static String toHtml(String markdown) {
    String withoutMarkers = markdown.replaceAll("(?m)^<!--[^\\n]*-->\\s*$", "");
    return POLICY.sanitize(RENDERER.render(PARSER.parse(withoutMarkers)));
  }
}
