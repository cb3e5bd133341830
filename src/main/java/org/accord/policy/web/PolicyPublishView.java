package org.accord.policy.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.accord.platform.AccordException;
import org.accord.platform.Messages;
import org.accord.platform.web.LanguageView;
import org.accord.platform.web.NotFound;
import org.accord.policy.DocumentKind;
import org.accord.policy.LegalText;
import org.accord.policy.MarkdownRenderer;
import org.accord.policy.PolicyService;
import org.accord.policy.PolicyVersion;
import org.accord.policy.WordDiff;
import org.accord.security.CurrentUser;

/**
 * {@code /admin/policies/publish?kind=…&version=…}: preview of a version from legal/ and its
 * publication, with an explicit confirmation and an optional future effective time.
 */
@Named
@RequestScoped
public class PolicyPublishView {

  @Inject private PolicyService policies;
  @Inject private CurrentUser user;
  @Inject private LanguageView language;

  private String kindParam;
  private String versionParam;
  private DocumentKind kind;
  private Integer version;
  private LocalDateTime effectiveAt;
  private boolean confirmed;
  private boolean notifyUsers = true;
  private PolicyService.Offered offered;
  private PolicyVersion current;
  private String diff;

  /** On page load: 404 when there is no such version waiting in legal/. */
  public void load() {
    if (offered().isEmpty()) {
      NotFound.send();
    }
  }

  /** Reads the view parameters (also on a postback, where they come from the view state). */
  private void parse() {
    if (kind == null) {
      kind = DocumentKind.parse(kindParam).orElse(null);
      version = PolicyVersion.parseNumber(versionParam).orElse(null);
    }
  }

  private Optional<PolicyService.Offered> offered() {
    parse();
    if (offered == null && kind != null && version != null) {
      offered =
          policies.offered().stream()
              .filter(o -> o.kind() == kind && o.version() == version)
              .findFirst()
              .orElse(null);
    }
    return Optional.ofNullable(offered);
  }

  public LegalText getText() {
    return offered().map(o -> o.text(language.getLanguage())).orElse(null);
  }

  public String getHtml() {
    LegalText text = getText();
    return text == null ? "" : MarkdownRenderer.toHtml(text.markdown());
  }

  /** The word-level changes against the version in force, or empty when there is none. */
  public String getDiff() {
    if (diff == null) {
      LegalText text = getText();
      PolicyVersion current = getCurrent();
      diff =
          text == null || current == null
              ? ""
              : WordDiff.html(current.text(text.language()).getMarkdown(), text.markdown());
    }
    return diff;
  }

  public PolicyVersion getCurrent() {
    if (current == null && getKind() != null) {
      current = policies.current(getKind()).orElse(null);
    }
    return current;
  }

  public String publish() {
    if (!confirmed) {
      Messages.add(null, FacesMessage.SEVERITY_ERROR, "admin.policies.confirmRequired");
      return null;
    }
    try {
      Instant effective = effectiveAt == null ? null : effectiveAt.toInstant(ZoneOffset.UTC);
      PolicyVersion published =
          policies.publish(getKind(), getVersion(), effective, user.id().orElse(null), notifyUsers);
      Messages.keepForRedirect();
      Messages.info("admin.policies.published", kind.name(), published.getVersion());
      return "/admin/policies?faces-redirect=true";
    } catch (AccordException e) {
      Messages.error(null, e);
      return null;
    }
  }

  public DocumentKind getKind() {
    parse();
    return kind;
  }

  public Integer getVersion() {
    parse();
    return version;
  }

  public String getKindParam() {
    return kindParam;
  }

  public void setKindParam(String kindParam) {
    this.kindParam = kindParam;
  }

  public String getVersionParam() {
    return versionParam;
  }

  public void setVersionParam(String versionParam) {
    this.versionParam = versionParam;
  }

  public LocalDateTime getEffectiveAt() {
    return effectiveAt;
  }

  public void setEffectiveAt(LocalDateTime effectiveAt) {
    this.effectiveAt = effectiveAt;
  }

  public boolean isNotifyUsers() {
    return notifyUsers;
  }

  public void setNotifyUsers(boolean notifyUsers) {
    this.notifyUsers = notifyUsers;
  }

  public boolean isConfirmed() {
    return confirmed;
  }

  public void setConfirmed(boolean confirmed) {
    this.confirmed = confirmed;
  }
}
