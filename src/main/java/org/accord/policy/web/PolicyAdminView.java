package org.accord.policy.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.accord.platform.AccordException;
import org.accord.platform.Messages;
import org.accord.policy.DocumentKind;
import org.accord.policy.PolicyDraft;
import org.accord.policy.PolicyDrafts;
import org.accord.policy.PolicyService;
import org.accord.policy.PolicyVersion;
import org.accord.security.CurrentUser;

/**
 * {@code /admin/policies}: every version of each document with its acceptances (counts and a chart
 * over time) and retirement, each document's draft, and the versions in legal/ to import or
 * publish.
 */
@Named
@RequestScoped
public class PolicyAdminView {

  @Inject private PolicyService policies;
  @Inject private PolicyDrafts drafts;
  @Inject private CurrentUser user;
  @Inject private Clock clock;

  private final Map<DocumentKind, Integer> draftVersions = new EnumMap<>(DocumentKind.class);
  private List<PolicyService.Offered> offered;

  public List<DocumentKind> getKinds() {
    return List.of(DocumentKind.values());
  }

  public List<PolicyVersion> history(DocumentKind kind) {
    return policies.history(kind);
  }

  public long accepted(PolicyVersion version) {
    return policies.acceptedCount(version);
  }

  public long pending(DocumentKind kind) {
    return policies.pendingCount(kind);
  }

  /** The cumulative acceptances of a version over time, as an SVG chart (empty: none yet). */
  public String chart(PolicyVersion version) {
    return AcceptanceChart.svg(
        policies.acceptancesByDay(version),
        LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC),
        Messages.get("admin.policies.chart", version.getVersion()));
  }

  /** The version number of a document's draft, or 0 when it has none. */
  public int draftVersion(DocumentKind kind) {
    return draftVersions.computeIfAbsent(
        kind, k -> drafts.of(k).stream().findFirst().map(PolicyDraft::getVersion).orElse(0));
  }

  public List<PolicyService.Offered> getOffered() {
    if (offered == null) {
      offered = policies.offered();
    }
    return offered;
  }

  public String importOffered(DocumentKind kind, int version) {
    try {
      drafts.importOffered(kind, version, user.id().orElse(null));
    } catch (AccordException e) {
      Messages.error(null, e);
      return null;
    }
    Messages.keepForRedirect();
    Messages.info("admin.drafts.imported", version);
    return "/admin/policies/draft?faces-redirect=true&kind=" + kind.name();
  }

  public String retire(DocumentKind kind, int version) {
    try {
      policies.retire(kind, version);
    } catch (AccordException e) {
      Messages.error(null, e);
      return null;
    }
    Messages.keepForRedirect();
    Messages.info("admin.policies.retired", version);
    return "/admin/policies?faces-redirect=true";
  }
}
