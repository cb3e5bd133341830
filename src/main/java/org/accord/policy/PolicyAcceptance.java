package org.accord.policy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.accord.consent.ClientInfo;
import org.accord.consent.ConsentEvent;
import org.accord.consent.ConsentLedger;
import org.accord.consent.ConsentRequest;
import org.accord.consent.Decision;
import org.accord.consent.Method;

/**
 * Acceptance of the required documents, recorded in the consent ledger with exactly the version and
 * the SHA-256 of the text the person was shown.
 */
@ApplicationScoped
@Transactional
public class PolicyAcceptance {

  @PersistenceContext private EntityManager em;
  @Inject private PolicyService policies;
  @Inject private ConsentLedger ledger;

  /** The version of each required document in force now (none for a document not published). */
  public List<PolicyVersion> requiredNow() {
    List<PolicyVersion> required = new ArrayList<>();
    for (DocumentKind kind : DocumentKind.values()) {
      if (kind.isRequiredForAll()) {
        policies.current(kind).ifPresent(required::add);
      }
    }
    return required;
  }

  public Optional<PolicyVersion> findVersion(Long id) {
    return id == null ? Optional.empty() : Optional.ofNullable(em.find(PolicyVersion.class, id));
  }

  /** The required documents in force now that the given accepted versions do not cover. */
  public Set<DocumentKind> missing(List<Long> acceptedVersionIds) {
    Set<DocumentKind> missing = EnumSet.noneOf(DocumentKind.class);
    for (PolicyVersion required : requiredNow()) {
      boolean covered =
          acceptedVersionIds.stream()
              .map(this::findVersion)
              .flatMap(Optional::stream)
              .anyMatch(
                  v ->
                      v.getKind() == required.getKind()
                          && v.getStatus() == VersionStatus.PUBLISHED);
      if (!covered) {
        missing.add(required.getKind());
      }
    }
    return missing;
  }

  /**
   * Records that the subject accepted the given versions, as shown in the given language. A
   * repeated submission token records nothing new.
   */
  @Transactional
  public List<ConsentEvent> accept(
      String subject,
      List<Long> versionIds,
      String language,
      Method method,
      ClientInfo client,
      String submissionToken) {
    List<ConsentEvent> events = new ArrayList<>();
    for (Long id : versionIds) {
      PolicyVersion version =
          findVersion(id)
              .orElseThrow(() -> new IllegalArgumentException("no policy version " + id));
      PolicyText shown = version.text(language);
      events.add(
          ledger.append(
              new ConsentRequest(
                  subject,
                  version.getKind().purpose(),
                  Decision.GIVEN,
                  version.getId(),
                  shown.getSha256(),
                  shown.getLanguage(),
                  method,
                  client.ipAddress(),
                  client.userAgent(),
                  null,
                  submissionToken == null ? null : submissionToken + ":" + id,
                  null)));
    }
    return events;
  }

  /** Parses "12,13" (the version ids a form showed) leniently: anything else is ignored. */
  public static List<Long> parseIds(String shown) {
    if (shown == null || shown.isBlank() || shown.length() > 200) {
      return List.of();
    }
    return Arrays.stream(shown.split(","))
        .map(String::strip)
        .filter(s -> s.matches("[0-9]{1,18}"))
        .map(Long::valueOf)
        .distinct()
        .toList();
  }
}
