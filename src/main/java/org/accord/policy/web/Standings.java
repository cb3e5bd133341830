package org.accord.policy.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.accord.account.AccountService;
import org.accord.minors.Minors;
import org.accord.policy.AcceptanceGate;
import org.accord.policy.PolicyNotices;
import org.accord.policy.VersionEntry;

/** The signed-in person's {@link Standing}, kept in the session and read again when it may lag. */
@ApplicationScoped
public class Standings {

  private static final String ATTRIBUTE = Standing.class.getName();

  @Inject private AccountService accounts;
  @Inject private AcceptanceGate gate;
  @Inject private PolicyNotices notices;
  @Inject private Minors minors;

  /**
   * Forgets what the session remembers, so that the next request reads the person's standing again
   * (after a change of birth date or country, for instance).
   */
  public static void forget(HttpSession session) {
    if (session != null) {
      session.removeAttribute(ATTRIBUTE);
    }
  }

  /** The standing of the person signed in on this request, if anyone is. */
  Optional<Standing> of(HttpServletRequest request) {
    if (request.getUserPrincipal() == null) {
      return Optional.empty();
    }
    long accountId;
    try {
      accountId = Long.parseLong(request.getUserPrincipal().getName());
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
    HttpSession session = request.getSession(false);
    if (session != null
        && session.getAttribute(ATTRIBUTE) instanceof Standing known
        && known.accountId() == accountId) {
      return Optional.of(known);
    }
    Optional<Standing> loaded =
        accounts
            .find(accountId)
            .map(
                a -> {
                  Instant ownSince =
                      minors
                          .ownConsentDueSince(
                              a.getBirthDate(), a.getCountry(), a.isGuardianApproved())
                          .orElse(null);
                  Standing s =
                      new Standing(
                          accountId,
                          a.getConsentSubject(),
                          ownSince,
                          gate.acceptedUpTo(a.getConsentSubject(), ownSince),
                          notices.dismissed(accountId));
                  s.awaitingGuardian(a.isAwaitingGuardian());
                  return s;
                });
    loaded.ifPresent(s -> request.getSession().setAttribute(ATTRIBUTE, s));
    return loaded;
  }

  /**
   * Whether the account still waits for a guardian's consent (C5). Read again on every request
   * while it does, so that the approval takes effect at once.
   */
  boolean awaitingGuardian(Standing standing) {
    if (standing.awaitingGuardian()) {
      standing.awaitingGuardian(
          accounts.find(standing.accountId()).map(a -> a.isAwaitingGuardian()).orElse(false));
    }
    return standing.awaitingGuardian();
  }

  /** The versions the person must accept before going on; empty for anyone in good standing. */
  List<VersionEntry> pending(Standing standing) {
    List<VersionEntry> pending = gate.pending(standing.accepted());
    if (pending.isEmpty()) {
      return pending;
    }
    refresh(standing);
    return gate.pending(standing.accepted());
  }

  /** Reads the person's acceptances again (after an acceptance elsewhere, or a new version). */
  void refresh(Standing standing) {
    standing.accepted(gate.acceptedUpTo(standing.subject(), standing.ownSince()));
  }

  void dismiss(Standing standing, long versionId) {
    notices.dismiss(standing.accountId(), versionId);
    standing.dismissed(versionId);
  }
}
