package org.accord.policy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.accord.consent.Decision;

/**
 * Decides which required documents a person must (re-)accept before going on: for each required
 * document in force, the latest MATERIAL version already effective is the bar; a GIVEN decision for
 * that version or any later one clears it.
 */
@ApplicationScoped
@Transactional
public class AcceptanceGate {

  @PersistenceContext private EntityManager em;
  @Inject private PolicyService policies;
  @Inject private Clock clock;

  /** The versions in force that the subject still has to accept, in document order. */
  public List<PolicyVersion> pending(String subject) {
    Instant now = clock.instant();
    List<PolicyVersion> pending = new ArrayList<>();
    for (DocumentKind kind : DocumentKind.values()) {
      if (!kind.isRequiredForAll()) {
        continue;
      }
      List<PolicyVersion> history = policies.history(kind);
      Optional<PolicyVersion> current =
          history.stream().filter(v -> v.isEffectiveAt(now)).findFirst();
      Optional<PolicyVersion> bar =
          history.stream()
              .filter(v -> v.isEffectiveAt(now) && v.requiresReacceptance())
              .findFirst();
      if (current.isPresent()
          && bar.isPresent()
          && acceptedUpTo(subject, kind) < bar.get().getVersion()) {
        pending.add(current.get());
      }
    }
    return pending;
  }

  /** The highest version of a document the subject has accepted (0 for none). */
  int acceptedUpTo(String subject, DocumentKind kind) {
    Integer max =
        em.createQuery(
                "SELECT MAX(v.version) FROM PolicyVersion v WHERE v.kind = :kind AND v.id IN"
                    + " (SELECT e.documentVersionId FROM ConsentEvent e WHERE e.subject = :subject"
                    + " AND e.purpose = :purpose AND e.decision = :given)",
                Integer.class)
            .setParameter("kind", kind)
            .setParameter("subject", subject)
            .setParameter("purpose", kind.purpose())
            .setParameter("given", Decision.GIVEN)
            .getSingleResult();
    return max == null ? 0 : max;
  }

  /** The version of a document the subject accepted last before, for the diff (if any). */
  public Optional<PolicyVersion> previouslyAccepted(String subject, DocumentKind kind) {
    int version = acceptedUpTo(subject, kind);
    return version == 0 ? Optional.empty() : policies.find(kind, version);
  }
}
