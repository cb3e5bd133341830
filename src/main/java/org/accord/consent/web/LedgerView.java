package org.accord.consent.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.accord.consent.LedgerVerificationJob;
import org.accord.platform.Messages;

/** {@code /admin/ledger}: start a verification of the whole ledger and see its result. */
@Named
@RequestScoped
public class LedgerView {

  @Inject private LedgerVerificationJob job;

  private LedgerVerificationJob.Status status;

  public LedgerVerificationJob.Status getStatus() {
    if (status == null) {
      status = job.status();
    }
    return status;
  }

  public String start() {
    if (!job.start()) {
      Messages.info("admin.ledger.alreadyRunning");
    }
    Messages.keepForRedirect();
    return "/admin/ledger?faces-redirect=true";
  }
}
