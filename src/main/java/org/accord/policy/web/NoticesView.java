package org.accord.policy.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.accord.platform.web.LanguageView;
import org.accord.policy.AcceptanceGate;
import org.accord.policy.DocumentKind;
import org.accord.policy.PolicyAcceptance;
import org.accord.policy.VersionEntry;

/**
 * The banners a signed-in person sees on every page (C2): a version in force that changed only in
 * minor ways since the person accepted, and a version announced before it takes effect. Each has
 * the admin's summary and a link to the changes, and stays until the person dismisses it.
 */
@Named
@RequestScoped
public class NoticesView {

  /** One banner. {@code compareWith} is the version to show the changes against (0: none). */
  public record Notice(
      long versionId,
      DocumentKind kind,
      int version,
      boolean upcoming,
      boolean material,
      Instant effectiveAt,
      int compareWith) {}

  @Inject private HttpServletRequest request;
  @Inject private Standings standings;
  @Inject private AcceptanceGate gate;
  @Inject private PolicyAcceptance acceptance;
  @Inject private LanguageView language;

  private List<Notice> notices;

  public List<Notice> getNotices() {
    if (notices == null) {
      notices = standings.of(request).map(this::noticesFor).orElse(List.of());
    }
    return notices;
  }

  private List<Notice> noticesFor(Standing standing) {
    if (!noticesFor(standing, standing.accepted()).isEmpty()) {
      standings.refresh(standing);
    }
    return noticesFor(standing, standing.accepted());
  }

  private List<Notice> noticesFor(Standing standing, Map<DocumentKind, Integer> accepted) {
    List<Notice> shown = new ArrayList<>();
    gate.changedSince(accepted).forEach(v -> shown.add(notice(v, false, accepted)));
    gate.announced(accepted).forEach(v -> shown.add(notice(v, true, accepted)));
    shown.removeIf(n -> standing.isDismissed(n.versionId()));
    return shown;
  }

  private Notice notice(VersionEntry v, boolean upcoming, Map<DocumentKind, Integer> accepted) {
    return new Notice(
        v.id(),
        v.kind(),
        v.version(),
        upcoming,
        v.requiresReacceptance(),
        v.effectiveAt(),
        accepted.getOrDefault(v.kind(), 0));
  }

  /** The admin's summary of a version's changes, in the reader's language. */
  public String summary(Notice notice) {
    return acceptance
        .findVersion(notice.versionId())
        .map(p -> p.text(language.getLanguage()).getSummary())
        .orElse("");
  }

  /** Dismisses one banner for good; the page is shown again without it. */
  public void dismiss(long versionId) {
    standings
        .of(request)
        .ifPresent(
            standing -> {
              standings.dismiss(standing, versionId);
              notices = null;
            });
  }
}
