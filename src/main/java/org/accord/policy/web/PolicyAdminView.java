package org.accord.policy.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.accord.policy.DocumentKind;
import org.accord.policy.PolicyService;
import org.accord.policy.PolicyVersion;

/** {@code /admin/policies}: published versions, and the versions in legal/ to publish. */
@Named
@RequestScoped
public class PolicyAdminView {

  @Inject private PolicyService policies;

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

  public List<PolicyService.Offered> getOffered() {
    return policies.offered();
  }
}
