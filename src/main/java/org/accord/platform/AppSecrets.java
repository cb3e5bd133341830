package org.accord.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keys the application generates for itself (for example the key that signs unsubscribe links): 32
 * random bytes created on first use and kept in the database, so that every node of a cluster and
 * every restart uses the same one.
 */
@ApplicationScoped
public class AppSecrets {

  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;
  @Inject private AppSecrets self;

  private final Map<String, byte[]> known = new ConcurrentHashMap<>();

  /** The secret of the given name, created if there is none yet. */
  public byte[] get(String name) {
    return known.computeIfAbsent(
        name,
        n -> {
          byte[] existing = self.read(n);
          if (existing != null) {
            return existing;
          }
          try {
            self.create(n);
          } catch (RuntimeException raced) {
            // Another node created it at the same moment: theirs is the one.
          }
          return self.read(n);
        });
  }

  /** HMAC-SHA256 of the data with the named secret as key. */
  public byte[] hmacSha256(String name, byte[] data) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(get(name), "HmacSHA256"));
      return mac.doFinal(data);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }

  @Transactional
  byte[] read(String name) {
    List<?> rows =
        em.createNativeQuery("SELECT secret FROM app_secret WHERE name = ?1")
            .setParameter(1, name)
            .getResultList();
    return rows.isEmpty() ? null : Base64.getDecoder().decode((String) rows.get(0));
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  void create(String name) {
    byte[] secret = new byte[32];
    new SecureRandom().nextBytes(secret);
    em.createNativeQuery("INSERT INTO app_secret (name, secret, created_at) VALUES (?1, ?2, ?3)")
        .setParameter(1, name)
        .setParameter(2, Base64.getEncoder().encodeToString(secret))
        .setParameter(3, clock.instant().atOffset(ZoneOffset.UTC))
        .executeUpdate();
  }
}
