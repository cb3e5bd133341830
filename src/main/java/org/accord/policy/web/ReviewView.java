package org.accord.policy.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.accord.account.Account;
import org.accord.account.AccountService;
import org.accord.consent.Method;
import org.accord.minors.Minors;
import org.accord.minors.ParentalConsent;
import org.accord.platform.Messages;
import org.accord.platform.web.Clients;
import org.accord.platform.web.LanguageView;
import org.accord.policy.AcceptanceGate;
import org.accord.policy.MarkdownRenderer;
import org.accord.policy.PolicyAcceptance;
import org.accord.policy.PolicyVersion;
import org.accord.policy.WordDiff;
import org.accord.security.CurrentUser;

/**
 * {@code /consent/review}: the documents the user must accept before going on, each with the
 * admin's summary, the text and a word-level diff against the version accepted before.
 */
@Named
@RequestScoped
public class ReviewView {

  @Inject private CurrentUser user;
  @Inject private AccountService accounts;
  @Inject private AcceptanceGate gate;
  @Inject private PolicyAcceptance acceptance;
  @Inject private LanguageView language;
  @Inject private Clients clients;
  @Inject private Minors minors;
  @Inject private ParentalConsent parental;

  private String shown;
  private String submissionToken = UUID.randomUUID().toString();
  private List<PolicyVersion> pending;
  private Optional<Account> account;
  private Boolean minor;
  private Optional<Instant> ownSince;
  private final Map<Long, String> diffs = new HashMap<>();

  private Optional<Account> account() {
    if (account == null) {
      account = user.id().flatMap(accounts::find);
    }
    return account;
  }

  public List<PolicyVersion> getPending() {
    if (pending == null) {
      pending =
          account()
              .map(a -> gate.pending(a.getConsentSubject(), ownSince().orElse(null)))
              .orElse(List.of());
    }
    return pending;
  }

  /**
   * Whether a guardian consented for this person, who has since reached their country's age of
   * digital consent and now confirms the documents themselves (C5).
   */
  public boolean isOwnConsentDue() {
    return ownSince().isPresent();
  }

  private Optional<Instant> ownSince() {
    if (ownSince == null) {
      ownSince =
          account()
              .flatMap(
                  a ->
                      minors.ownConsentDueSince(
                          a.getBirthDate(), a.getCountry(), a.isGuardianApproved()));
    }
    return ownSince;
  }

  /** Minors see the child-friendly summary first (C5). */
  public boolean isMinor() {
    if (minor == null) {
      minor = account().map(a -> minors.isMinor(a.getBirthDate(), a.getCountry())).orElse(false);
    }
    return minor;
  }

  public String html(PolicyVersion version) {
    return MarkdownRenderer.toHtml(version.text(language.getLanguage()).getMarkdown());
  }

  /** The changes since the version this user accepted before, or empty when there is none. */
  public String diff(PolicyVersion version) {
    if (isOwnConsentDue()) {
      return ""; // the whole text is theirs to confirm now, not a change
    }
    return diffs.computeIfAbsent(
        version.getId(),
        id ->
            account()
                .flatMap(a -> gate.previouslyAccepted(a.getConsentSubject(), version.getKind()))
                .map(
                    before ->
                        WordDiff.html(
                            before.text(language.getLanguage()).getMarkdown(),
                            version.text(language.getLanguage()).getMarkdown()))
                .orElse(""));
  }

  /** The version ids the page shows, so that exactly those are accepted. */
  public String getShownIds() {
    return shown != null
        ? shown
        : String.join(",", getPending().stream().map(v -> String.valueOf(v.getId())).toList());
  }

  public void setShownIds(String shown) {
    this.shown = shown;
  }

  public String accept() {
    Account account = account().orElseThrow();
    acceptance.accept(
        account.getConsentSubject(),
        PolicyAcceptance.parseIds(shown),
        language.getLanguage(),
        Method.REVIEW_PAGE,
        clients.current(),
        submissionToken);
    pending = null;
    if (!getPending().isEmpty()) {
      Messages.add(null, FacesMessage.SEVERITY_WARN, "review.changedMeanwhile");
      return null;
    }
    if (isOwnConsentDue()) {
      parental.outgrown(
          account.getId(), account.getConsentSubject(), language.getLanguage(), clients.current());
    }
    Messages.keepForRedirect();
    Messages.info("review.accepted");
    return "/account/index?faces-redirect=true";
  }

  public String getSubmissionToken() {
    return submissionToken;
  }

  public void setSubmissionToken(String submissionToken) {
    this.submissionToken = submissionToken;
  }
}
