package org.accord.policy;

import java.time.Instant;
import java.util.Objects;
import org.accord.platform.Hashes;

/**
 * One file of {@code legal/}: a document kind, version and language, with its front matter and the
 * Markdown body whose SHA-256 identifies exactly the text a user is shown.
 */
public record LegalText(
    DocumentKind kind,
    int version,
    String language,
    Instant effective,
    ChangeKind change,
    String summary,
    String childSummary,
    String markdown) {

  public LegalText {
    Objects.requireNonNull(kind);
    Objects.requireNonNull(language);
    Objects.requireNonNull(effective);
    Objects.requireNonNull(change);
    Objects.requireNonNull(summary);
    Objects.requireNonNull(childSummary);
    Objects.requireNonNull(markdown);
  }

  public String sha256() {
    return Hashes.sha256(markdown);
  }
}
