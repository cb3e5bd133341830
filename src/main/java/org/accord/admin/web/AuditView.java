package org.accord.admin.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.accord.admin.AuditEntry;
import org.accord.admin.AuditLog;

/** {@code /admin/audit}: the latest admin actions, newest first. */
@Named
@RequestScoped
public class AuditView {

  static final int PAGE = 500;

  @Inject private AuditLog log;

  private List<AuditEntry> entries;

  public List<AuditEntry> getEntries() {
    if (entries == null) {
      entries = log.latest(PAGE);
    }
    return entries;
  }
}
