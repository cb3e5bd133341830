package org.accord.policy.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;
import org.accord.platform.web.LanguageView;
import org.accord.platform.web.NotFound;
import org.accord.policy.DocumentKind;
import org.accord.policy.MarkdownRenderer;
import org.accord.policy.PolicyService;
import org.accord.policy.PolicyText;
import org.accord.policy.PolicyVersion;
import org.accord.policy.WordDiff;

/**
 * {@code /legal/terms} and {@code /legal/privacy}: the version in force (or {@code ?version=N}), in
 * the reader's language with English as fallback, with every version listed.
 */
@Named
@RequestScoped
public class LegalPageView {

  @Inject private PolicyService policies;
  @Inject private LanguageView language;

  private DocumentKind kind;
  private String version;
  private String compare;
  private PolicyVersion shown;
  private PolicyVersion compared;
  private String diff;

  /** Runs on page load: finds the version to show, or answers 404. */
  public void load(String slug) {
    kind = DocumentKind.bySlug(slug).orElseThrow();
    Integer requested = PolicyVersion.parseNumber(version).orElse(null);
    if (version != null && requested == null) {
      NotFound.send();
      return;
    }
    Optional<PolicyVersion> found =
        requested == null ? policies.current(kind) : policies.find(kind, requested);
    if (version != null && found.isEmpty()) {
      NotFound.send();
      return;
    }
    shown = found.orElse(null);
    if (compare != null) {
      Optional<PolicyVersion> other =
          PolicyVersion.parseNumber(compare).flatMap(n -> policies.find(kind, n));
      if (other.isEmpty() || shown == null) {
        NotFound.send();
        return;
      }
      compared = other.get();
    }
  }

  /** The word-level changes from {@code ?compare=N} to the shown version, or empty. */
  public String getDiff() {
    if (diff == null) {
      String lang = language.getLanguage();
      diff =
          compared == null || compared.getId().equals(shown.getId())
              ? ""
              : WordDiff.html(compared.text(lang).getMarkdown(), shown.text(lang).getMarkdown());
    }
    return diff;
  }

  public PolicyVersion getCompared() {
    return compared;
  }

  public String getCompare() {
    return compare;
  }

  public void setCompare(String compare) {
    this.compare = compare;
  }

  public boolean isPublished() {
    return shown != null;
  }

  public PolicyVersion getShown() {
    return shown;
  }

  public PolicyText getText() {
    return shown.text(language.getLanguage());
  }

  public String getHtml() {
    return MarkdownRenderer.toHtml(getText().getMarkdown());
  }

  public boolean isCurrent() {
    return shown != null
        && policies.current(kind).map(v -> v.getId().equals(shown.getId())).orElse(false);
  }

  public List<PolicyVersion> getHistory() {
    return policies.history(kind);
  }

  public List<PolicyVersion> getUpcoming() {
    return policies.upcoming(kind);
  }

  public String getSlug() {
    return kind.slug();
  }

  public String getVersion() {
    return version;
  }

  public void setVersion(String version) {
    this.version = version;
  }
}
