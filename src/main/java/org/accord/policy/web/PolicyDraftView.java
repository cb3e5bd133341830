package org.accord.policy.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.accord.platform.AccordException;
import org.accord.platform.Messages;
import org.accord.platform.web.NotFound;
import org.accord.policy.ChangeKind;
import org.accord.policy.DocumentKind;
import org.accord.policy.LegalTextParser;
import org.accord.policy.MarkdownRenderer;
import org.accord.policy.PolicyDraft;
import org.accord.policy.PolicyDrafts;
import org.accord.policy.PolicyService;
import org.accord.policy.PolicyVersion;
import org.accord.policy.WordDiff;
import org.accord.security.CurrentUser;

/**
 * {@code /admin/policies/draft?kind=…}: the editor of a document's next version. Markdown per
 * language with a live preview (sanitised by the server, as the public page will be), the
 * summaries, the change kind, and the word-level changes against the version in force.
 */
@Named
@ViewScoped
public class PolicyDraftView implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The fields of one language, as typed. */
  public static final class Fields implements Serializable {
    private static final long serialVersionUID = 1L;

    private String summary = "";
    private String childSummary = "";
    private String markdown = "";

    public String getSummary() {
      return summary;
    }

    public void setSummary(String summary) {
      this.summary = summary;
    }

    public String getChildSummary() {
      return childSummary;
    }

    public void setChildSummary(String childSummary) {
      this.childSummary = childSummary;
    }

    public String getMarkdown() {
      return markdown;
    }

    public void setMarkdown(String markdown) {
      this.markdown = markdown;
    }
  }

  @Inject private PolicyDrafts drafts;
  @Inject private PolicyService policies;
  @Inject private CurrentUser user;

  private String kindParam;
  private DocumentKind kind;
  private transient List<PolicyDraft> loaded;
  private LinkedHashMap<String, Fields> texts;
  private ChangeKind change;
  private transient Optional<PolicyVersion> current;

  /** On page load: 404 for an unknown document. */
  public void load() {
    if (getKind() == null) {
      NotFound.send();
    }
  }

  public DocumentKind getKind() {
    if (kind == null) {
      kind = DocumentKind.parse(kindParam).orElse(null);
    }
    return kind;
  }

  private List<PolicyDraft> loaded() {
    if (getKind() == null) {
      return List.of();
    }
    if (loaded == null) {
      loaded = drafts.of(kind);
    }
    return loaded;
  }

  public boolean isExists() {
    return !loaded().isEmpty();
  }

  public int getVersion() {
    return loaded().isEmpty() ? 0 : loaded().get(0).getVersion();
  }

  public List<String> getLanguages() {
    return LegalTextParser.LANGUAGES.stream().sorted().toList();
  }

  /** The fields of each language: the stored draft, then whatever the admin typed. */
  public Map<String, Fields> getTexts() {
    if (texts == null) {
      texts = new LinkedHashMap<>();
      for (String language : getLanguages()) {
        Fields fields = new Fields();
        loaded().stream()
            .filter(d -> d.getLanguage().equals(language))
            .findFirst()
            .ifPresent(
                d -> {
                  fields.setSummary(d.getSummary());
                  fields.setChildSummary(d.getChildSummary());
                  fields.setMarkdown(d.getMarkdown());
                });
        texts.put(language, fields);
      }
    }
    return texts;
  }

  public ChangeKind getChange() {
    if (change == null && !loaded().isEmpty()) {
      change = loaded().get(0).getChangeKind();
    }
    return change;
  }

  public void setChange(ChangeKind change) {
    this.change = change;
  }

  public ChangeKind[] getChanges() {
    return ChangeKind.values();
  }

  private Optional<PolicyVersion> current() {
    if (getKind() == null) {
      return Optional.empty();
    }
    if (current == null) {
      current = policies.current(kind);
    }
    return current;
  }

  public PolicyVersion getCurrent() {
    return current().orElse(null);
  }

  public String html(String language) {
    return MarkdownRenderer.toHtml(getTexts().get(language).getMarkdown());
  }

  /** The changes of one language against the version in force, or empty when there is none. */
  public String diff(String language) {
    return current()
        .map(
            v ->
                WordDiff.html(
                    v.text(language).getMarkdown(), getTexts().get(language).getMarkdown()))
        .orElse("");
  }

  public String start() {
    return act(() -> drafts.start(kind, user.id().orElse(null)), "admin.drafts.started");
  }

  public String save() {
    List<PolicyDrafts.DraftText> typed =
        getTexts().entrySet().stream()
            .map(
                e ->
                    new PolicyDrafts.DraftText(
                        e.getKey(),
                        e.getValue().getSummary(),
                        e.getValue().getChildSummary(),
                        e.getValue().getMarkdown()))
            .toList();
    ChangeKind chosen = getChange() == null ? ChangeKind.MINOR : getChange();
    return act(
        () -> drafts.save(kind, chosen, typed, user.id().orElse(null)), "admin.drafts.saved");
  }

  public String discard() {
    try {
      drafts.discard(getKind());
    } catch (AccordException e) {
      Messages.error(null, e);
      return null;
    }
    Messages.keepForRedirect();
    Messages.info("admin.drafts.discarded");
    return "/admin/policies?faces-redirect=true";
  }

  private String act(Runnable action, String doneKey) {
    if (getKind() == null) {
      return null;
    }
    try {
      action.run();
    } catch (AccordException e) {
      Messages.error(null, e);
      return null;
    }
    Messages.keepForRedirect();
    Messages.info(doneKey);
    return "/admin/policies/draft?faces-redirect=true&kind=" + kind.name();
  }

  public String getKindParam() {
    return kindParam;
  }

  public void setKindParam(String kindParam) {
    this.kindParam = kindParam;
  }
}
