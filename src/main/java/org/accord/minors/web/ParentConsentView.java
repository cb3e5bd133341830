package org.accord.minors.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.accord.minors.ParentalConsent;
import org.accord.platform.AccordException;
import org.accord.platform.Messages;
import org.accord.platform.web.Clients;
import org.accord.platform.web.LanguageView;
import org.accord.policy.MarkdownRenderer;
import org.accord.policy.PolicyAcceptance;
import org.accord.policy.PolicyVersion;

/**
 * {@code /parent/consent?token=…}: what the child signed up for (the child-friendly summaries
 * first, then the full texts), and the parent's approval or decline.
 */
@Named
@ViewScoped
public class ParentConsentView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private ParentalConsent parental;
  @Inject private PolicyAcceptance acceptance;
  @Inject private LanguageView language;
  @Inject private Clients clients;

  private String token;
  private String problem;
  private String childEmail;
  private final ArrayList<Long> shown = new ArrayList<>();
  private String outcome;

  /** On page load: checks the link (unknown, used or expired links are explained). */
  public void load() {
    try {
      childEmail = parental.pending(token).childEmail();
      shown.clear();
      acceptance.requiredNow().forEach(v -> shown.add(v.getId()));
    } catch (AccordException e) {
      problem = e.messageKey();
    }
  }

  public List<PolicyVersion> getDocuments() {
    return shown.stream().map(id -> acceptance.findVersion(id).orElseThrow()).toList();
  }

  public String html(PolicyVersion version) {
    return MarkdownRenderer.toHtml(version.text(language.getLanguage()).getMarkdown());
  }

  public void approve() {
    decide(true);
  }

  public void decline() {
    decide(false);
  }

  private void decide(boolean approve) {
    try {
      if (approve) {
        parental.approve(token, shown, language.getLanguage(), clients.current());
      } else {
        parental.decline(token);
      }
      outcome = approve ? "approved" : "declined";
    } catch (AccordException e) {
      Messages.error(null, e);
    }
  }

  public String getProblem() {
    return problem;
  }

  public String getOutcome() {
    return outcome;
  }

  public String getChildEmail() {
    return childEmail;
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }
}
