package org.accord.media;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.accord.account.Account;
import org.accord.account.AccountService;
import org.accord.account.InvalidInputException;
import org.accord.account.Plan;
import org.accord.account.PlanChanged;
import org.accord.consent.ClientInfo;
import org.accord.consent.ConsentLedger;
import org.accord.consent.ConsentRequest;
import org.accord.consent.Decision;
import org.accord.consent.Method;
import org.accord.consent.Purpose;
import org.accord.platform.Hashes;
import org.accord.platform.SqlValues;

/**
 * Advanced Media Settings (C6): a PRO or PREMIUM owner may switch off the embed consent notice for
 * their images when they are framed by one of the sites they name, after confirming that those
 * sites run a consent scheme of their own that covers the providers. Each switch is a consent event
 * on the owner's subject with the hash of the confirmation text they saw; a downgrade to FREE turns
 * it back on.
 */
@ApplicationScoped
@Transactional
public class MediaSettings {

  static final int MAX_ORIGINS = 10;

  /** An owner's settings; by default the notice shows everywhere. */
  public record Settings(boolean noticeOff, List<String> origins, Instant changedAt) {
    public static final Settings DEFAULT = new Settings(false, List.of(), null);
  }

  /** Only PRO and PREMIUM owners may switch the notice off. */
  public static class PlanRequiredException extends org.accord.platform.AccordException {
    private static final long serialVersionUID = 1L;

    PlanRequiredException() {
      super("mediaSettings.plan");
    }

    @Override
    public int httpStatus() {
      return 403;
    }
  }

  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;
  @Inject private AccountService accounts;
  @Inject private ConsentLedger ledger;
  @Inject private Event<MediaChanged> changed;

  public Settings of(long ownerId) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT notice_off, origins, changed_at FROM media_settings WHERE owner_id = ?1")
            .setParameter(1, ownerId)
            .getResultList();
    if (rows.isEmpty()) {
      return Settings.DEFAULT;
    }
    Object[] r = (Object[]) rows.get(0);
    return new Settings(
        Boolean.TRUE.equals(r[0]), splitOrigins((String) r[1]), SqlValues.instant(r[2]));
  }

  /**
   * The owner's named sites when an image of theirs, framed by a page of the given origin, may skip
   * the notice (the owner's plan allows it, the switch is off and the origin is one they named);
   * empty when the notice shows.
   */
  public Optional<List<String>> sitesSkippingNotice(long ownerId, String framingOrigin) {
    if (framingOrigin == null) {
      return Optional.empty();
    }
    Settings settings = of(ownerId);
    boolean skipped =
        settings.noticeOff()
            && settings.origins().contains(framingOrigin)
            && accounts
                .find(ownerId)
                .map(a -> a.getPlan().allowsAdvancedMediaSettings())
                .orElse(false);
    return skipped ? Optional.of(settings.origins()) : Optional.empty();
  }

  /**
   * Switches the notice off (with the owner's confirmation of the given text, and the origins of
   * their sites) or back on. Bad input changes nothing.
   */
  public void change(
      long ownerId,
      boolean noticeOff,
      String originsText,
      boolean confirmed,
      String confirmationText,
      String language,
      ClientInfo client) {
    Account owner = accounts.get(ownerId);
    if (noticeOff && !owner.getPlan().allowsAdvancedMediaSettings()) {
      throw new PlanRequiredException();
    }
    Map<String, String> problems = new LinkedHashMap<>();
    List<String> origins = new ArrayList<>();
    if (noticeOff) {
      origins.addAll(parseOrigins(originsText, problems));
      if (!confirmed) {
        problems.put("confirm", "mediaSettings.confirm.required");
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    Settings before = of(ownerId);
    if (before.noticeOff() == noticeOff && before.origins().equals(origins)) {
      return;
    }
    write(ownerId, noticeOff, origins, noticeOff ? Hashes.sha256(confirmationText) : null);
    ledger.append(
        new ConsentRequest(
            owner.getConsentSubject(),
            Purpose.EMBED_NOTICE_WAIVER,
            noticeOff ? Decision.GIVEN : Decision.WITHDRAWN,
            null,
            noticeOff ? Hashes.sha256(confirmationText) : null,
            language,
            Method.SETTINGS,
            client.ipAddress(),
            client.userAgent(),
            null,
            null,
            noticeOff ? "origins=" + String.join(" ", origins) : "notice on"));
  }

  /** A downgrade to FREE turns the notice back on for every image of the owner. */
  void planChanged(@Observes PlanChanged change) {
    Settings settings = of(change.accountId());
    if (change.after().allowsAdvancedMediaSettings() || !settings.noticeOff()) {
      return;
    }
    write(change.accountId(), false, settings.origins(), null);
    ledger.append(
        new ConsentRequest(
            accounts.get(change.accountId()).getConsentSubject(),
            Purpose.EMBED_NOTICE_WAIVER,
            Decision.WITHDRAWN,
            null,
            null,
            null,
            Method.SETTINGS,
            null,
            null,
            "plan",
            null,
            "notice on: plan changed from " + change.before() + " to " + Plan.FREE));
  }

  private void write(long ownerId, boolean noticeOff, List<String> origins, String hash) {
    changed.fire(new MediaChanged(ownerId));
    em.createNativeQuery("DELETE FROM media_settings WHERE owner_id = ?1")
        .setParameter(1, ownerId)
        .executeUpdate();
    em.createNativeQuery(
            "INSERT INTO media_settings (owner_id, notice_off, origins, confirmation_hash,"
                + " changed_at) VALUES (?1, ?2, ?3, ?4, ?5)")
        .setParameter(1, ownerId)
        .setParameter(2, noticeOff)
        .setParameter(3, String.join(" ", origins))
        .setParameter(4, hash)
        .setParameter(5, SqlValues.timestamp(clock.instant()))
        .executeUpdate();
  }

  /**
   * Site origins, one per line or separated by spaces or commas: {@code https://host[:port]} with
   * no path; plain HTTP only for loopback addresses (local testing).
   */
  static List<String> parseOrigins(String text, Map<String, String> problems) {
    Set<String> origins = new LinkedHashSet<>();
    String[] parts = text == null ? new String[0] : text.strip().split("[\\s,]+");
    for (String part : Arrays.stream(parts).filter(p -> !p.isBlank()).toList()) {
      Optional<String> origin = origin(part);
      if (origin.isEmpty()) {
        problems.put("origins", "mediaSettings.origins.invalid");
        return List.of();
      }
      origins.add(origin.get());
    }
    if (origins.isEmpty()) {
      problems.put("origins", "mediaSettings.origins.required");
    } else if (origins.size() > MAX_ORIGINS) {
      problems.put("origins", "mediaSettings.origins.tooMany");
    }
    return List.copyOf(origins);
  }

  static Optional<String> origin(String text) {
    String t = text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    URI uri;
    try {
      uri = new URI(t);
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    String host = uri.getHost() == null ? null : uri.getHost().toLowerCase(Locale.ROOT);
    if (host == null
        || uri.getRawUserInfo() != null
        || uri.getRawPath() != null && !uri.getRawPath().isEmpty()
        || uri.getRawQuery() != null
        || uri.getRawFragment() != null) {
      return Optional.empty();
    }
    boolean loopback = host.equals("localhost") || host.startsWith("127.") || host.equals("[::1]");
    if (!scheme.equals("https") && !(scheme.equals("http") && loopback)) {
      return Optional.empty();
    }
    return Optional.of(scheme + "://" + host + (uri.getPort() == -1 ? "" : ":" + uri.getPort()));
  }

  private static List<String> splitOrigins(String text) {
    return text == null || text.isBlank() ? List.of() : List.of(text.split(" "));
  }
}
