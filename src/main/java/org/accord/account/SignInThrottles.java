package org.accord.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Locale;
import org.accord.platform.Hashes;

/** Throttle rows, one per e-mail address that has failed to sign in. */
@ApplicationScoped
public class SignInThrottles {

  @PersistenceContext private EntityManager em;

  /** The row for an address, locked for this transaction; created when missing. */
  @Transactional(Transactional.TxType.MANDATORY)
  public SignInThrottle forEmail(String email) {
    String key = key(email);
    SignInThrottle throttle = em.find(SignInThrottle.class, key, LockModeType.PESSIMISTIC_WRITE);
    if (throttle == null) {
      throttle = new SignInThrottle(key);
      em.persist(throttle);
    }
    return throttle;
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public void clear(String email) {
    SignInThrottle throttle = em.find(SignInThrottle.class, key(email));
    if (throttle != null) {
      throttle.reset();
    }
  }

  static String key(String email) {
    String normalized =
        EmailAddress.normalize(email)
            .orElse(email == null ? "" : email.strip().toLowerCase(Locale.ROOT));
    return Hashes.sha256(normalized);
  }
}
