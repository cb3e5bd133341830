package org.accord.policy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownRendererTest {

  @Test
  void rendersHeadingsListsTablesAndLinks() {
    String html =
        MarkdownRenderer.toHtml(
            "# Title\n\n- one\n- two\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n[policy](https://example.org/p)\n");
    assertThat(html)
        .contains("<h1>Title</h1>", "<li>one</li>", "<table>", "<td>2</td>")
        .contains("<a href=\"https://example.org/p\" rel=\"nofollow\">policy</a>");
  }

  @Test
  void neutralisesScriptsHandlersAndDangerousLinks() {
    String html =
        MarkdownRenderer.toHtml(
            "<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>\n\n"
                + "[x](javascript:alert(1)) [y](data:text/html,boo)\n");
    assertThat(html)
        .doesNotContain("<script", "<img", "onerror=", "href=\"javascript", "href=\"data");
  }

  @Test
  void dropsThePrivacyArchitectureMarker() {
    assertThat(MarkdownRenderer.toHtml("## Privacy Architecture\n<!-- privacy-architecture -->\n"))
        .isEqualTo("<h2>Privacy Architecture</h2>\n");
  }
}
