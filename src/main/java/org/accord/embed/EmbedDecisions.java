package org.accord.embed;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.accord.account.AccountService;
import org.accord.consent.ClientInfo;
import org.accord.consent.ConsentLedger;
import org.accord.consent.ConsentRequest;
import org.accord.consent.Decision;
import org.accord.consent.Method;
import org.accord.consent.Purpose;
import org.accord.platform.Hashes;
import org.accord.platform.SqlValues;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Viewers' decisions per embed provider (C6): remembered on the server until they expire
 * (configuration {@code accord.embed.consent-days}, default 180), for a signed-in viewer by their
 * account and for an anonymous one by the hash of a random consent id; every decision is a consent
 * event (purpose EMBED_PROVIDER, method EMBED_VIEWER) naming the domains that were listed.
 */
@ApplicationScoped
@Transactional
public class EmbedDecisions {

  /** Who decides: a signed-in account, or an anonymous viewer's consent id (or neither yet). */
  public record Viewer(Long accountId, String consentId) {
    String holder() {
      return accountId != null
          ? "account:" + accountId
          : consentId != null ? "viewer:" + Hashes.sha256(consentId) : null;
    }
  }

  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;
  @Inject private ConsentLedger ledger;
  @Inject private AccountService accounts;

  @Inject
  @ConfigProperty(name = "accord.embed.consent-days", defaultValue = "180")
  int consentDays;

  public Duration validity() {
    return Duration.ofDays(consentDays);
  }

  /** The viewer's decisions that have not expired, by provider id. */
  public Map<String, Decision> current(Viewer viewer) {
    Map<String, Decision> found = new HashMap<>();
    String holder = viewer.holder();
    if (holder == null) {
      return found;
    }
    List<?> rows =
        em.createNativeQuery(
                "SELECT provider, decision FROM embed_decision WHERE holder = ?1 AND expires_at > ?2")
            .setParameter(1, holder)
            .setParameter(2, SqlValues.timestamp(clock.instant()))
            .getResultList();
    for (Object row : rows) {
      Object[] r = (Object[]) row;
      found.put((String) r[0], Decision.valueOf((String) r[1]));
    }
    return found;
  }

  /**
   * Records the viewer's decision for each provider as it was shown (name, every domain, policy):
   * accepting gives consent; rejecting refuses it, or withdraws it where it was given.
   */
  public void decide(
      Viewer viewer,
      List<EmbedProvider> shown,
      boolean accept,
      String language,
      ClientInfo client) {
    String holder = viewer.holder();
    if (holder == null) {
      throw new IllegalArgumentException("a decision needs an account or a consent id");
    }
    String subject = subject(viewer);
    Map<String, Decision> before = current(viewer);
    Instant now = clock.instant();
    for (EmbedProvider provider : shown) {
      Decision decision =
          accept
              ? Decision.GIVEN
              : before.get(provider.id()) == Decision.GIVEN ? Decision.WITHDRAWN : Decision.REFUSED;
      em.createNativeQuery("DELETE FROM embed_decision WHERE holder = ?1 AND provider = ?2")
          .setParameter(1, holder)
          .setParameter(2, provider.id())
          .executeUpdate();
      em.createNativeQuery(
              "INSERT INTO embed_decision (holder, provider, decision, decided_at, expires_at,"
                  + " account_id) VALUES (?1, ?2, ?3, ?4, ?5, CAST(?6 AS BIGINT))")
          .setParameter(1, holder)
          .setParameter(2, provider.id())
          .setParameter(3, decision.name())
          .setParameter(4, SqlValues.timestamp(now))
          .setParameter(5, SqlValues.timestamp(now.plus(validity())))
          .setParameter(6, viewer.accountId())
          .executeUpdate();
      ledger.append(
          new ConsentRequest(
              subject,
              Purpose.EMBED_PROVIDER,
              decision,
              null,
              Hashes.sha256(shownText(provider)),
              language,
              Method.EMBED_VIEWER,
              client.ipAddress(),
              client.userAgent(),
              null,
              null,
              "provider=" + provider.id() + "; domains=" + String.join(",", provider.domains())));
    }
  }

  /** What the consent screen states of a provider, in the form whose hash the event keeps. */
  static String shownText(EmbedProvider provider) {
    return provider.name()
        + "\n"
        + String.join("\n", provider.domains())
        + "\n"
        + provider.privacyPolicy();
  }

  private String subject(Viewer viewer) {
    if (viewer.accountId() != null) {
      return accounts.get(viewer.accountId()).getConsentSubject();
    }
    String idHash = Hashes.sha256(viewer.consentId());
    Optional<?> known =
        em.createNativeQuery("SELECT subject FROM embed_viewer WHERE id_hash = ?1")
            .setParameter(1, idHash)
            .getResultStream()
            .findFirst();
    if (known.isPresent()) {
      return (String) known.get();
    }
    String subject = ledger.newSubject();
    em.createNativeQuery(
            "INSERT INTO embed_viewer (id_hash, subject, created_at) VALUES (?1, ?2, ?3)")
        .setParameter(1, idHash)
        .setParameter(2, subject)
        .setParameter(3, SqlValues.timestamp(clock.instant()))
        .executeUpdate();
    return subject;
  }
}
