package org.accord.policy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The notices about changed and upcoming versions that each user has dismissed. */
@ApplicationScoped
@Transactional
public class PolicyNotices {

  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;

  /** The ids of the versions whose notice the account has dismissed. */
  public Set<Long> dismissed(long accountId) {
    List<?> ids =
        em.createNativeQuery("SELECT version_id FROM policy_notice_dismissal WHERE account_id = ?1")
            .setParameter(1, accountId)
            .getResultList();
    Set<Long> dismissed = new HashSet<>();
    ids.forEach(id -> dismissed.add(((Number) id).longValue()));
    return dismissed;
  }

  /**
   * Records that the account dismissed the notice of a version; dismissing again, or an unknown
   * version, changes nothing.
   */
  public void dismiss(long accountId, long versionId) {
    em.createNativeQuery(
            "INSERT INTO policy_notice_dismissal (account_id, version_id, dismissed_at)"
                + " SELECT ?1, ?2, ?3 FROM policy_version WHERE id = ?2 AND NOT EXISTS"
                + " (SELECT 1 FROM policy_notice_dismissal WHERE account_id = ?1"
                + " AND version_id = ?2)")
        .setParameter(1, accountId)
        .setParameter(2, versionId)
        .setParameter(3, clock.instant().atOffset(ZoneOffset.UTC))
        .executeUpdate();
  }
}
