package org.accord.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import org.accord.account.Account;
import org.accord.account.AccountService;
import org.accord.security.CurrentUser;

/**
 * The append-only log of admin actions, written in the transaction of the action itself: an action
 * that commits is always logged, one that fails never is.
 */
@ApplicationScoped
@Transactional
public class AuditLog {

  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;
  @Inject private CurrentUser user;
  @Inject private AccountService accounts;
  @Inject private HttpServletRequest request;

  @Transactional(Transactional.TxType.MANDATORY)
  public void record(String action, String target, String detail) {
    Long actorId = user.id().orElse(null);
    String actor =
        actorId == null ? null : accounts.find(actorId).map(Account::getEmail).orElse(null);
    em.persist(new AuditEntry(clock.instant(), actorId, actor, action, target, detail, address()));
  }

  private String address() {
    try {
      return request.getRemoteAddr();
    } catch (ContextNotActiveException | IllegalStateException e) {
      return null;
    }
  }

  public List<AuditEntry> latest(int max) {
    return em.createQuery(
            "SELECT e FROM AuditEntry e ORDER BY e.at DESC, e.id DESC", AuditEntry.class)
        .setMaxResults(max)
        .getResultList();
  }
}
