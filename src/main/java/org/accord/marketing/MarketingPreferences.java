package org.accord.marketing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.accord.consent.ClientInfo;
import org.accord.consent.ConsentEvent;
import org.accord.consent.ConsentLedger;
import org.accord.consent.ConsentRequest;
import org.accord.consent.Decision;
import org.accord.consent.Method;
import org.accord.consent.Purpose;
import org.accord.policy.PolicyVersion;

/**
 * Each person's choice per marketing category (C4), kept only in the consent ledger: the latest
 * GIVEN or WITHDRAWN event of the category's purpose is the choice; no event means not opted in.
 */
@ApplicationScoped
@Transactional
public class MarketingPreferences {

  @PersistenceContext private EntityManager em;
  @Inject private ConsentLedger ledger;

  /** The active categories in form order, in the given language (English when it has none). */
  public List<MarketingCategory> categories(String language) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT c.code, c.purpose, t.language, t.label, t.description"
                    + " FROM marketing_category c JOIN marketing_category_text t ON t.code = c.code"
                    + " WHERE c.active = TRUE AND t.language IN (?1, ?2)"
                    + " ORDER BY c.position, CASE WHEN t.language = ?1 THEN 0 ELSE 1 END")
            .setParameter(1, language)
            .setParameter(2, PolicyVersion.FALLBACK_LANGUAGE)
            .getResultList();
    Map<String, MarketingCategory> byCode = new LinkedHashMap<>();
    for (Object row : rows) {
      Object[] c = (Object[]) row;
      byCode.putIfAbsent(
          (String) c[0],
          new MarketingCategory(
              (String) c[0],
              Purpose.valueOf((String) c[1]),
              (String) c[2],
              (String) c[3],
              (String) c[4]));
    }
    return new ArrayList<>(byCode.values());
  }

  public Optional<MarketingCategory> category(String code, String language) {
    return categories(language).stream().filter(c -> c.code().equals(code)).findFirst();
  }

  /** Whether the person is opted into each active category, by code. */
  public Map<String, Boolean> choices(String subject) {
    List<ConsentEvent> events = ledger.history(subject);
    Map<String, Boolean> choices = new LinkedHashMap<>();
    for (MarketingCategory category : categories(PolicyVersion.FALLBACK_LANGUAGE)) {
      choices.put(category.code(), latest(events, category.purpose()));
    }
    return choices;
  }

  public boolean isOptedIn(String subject, String code) {
    return Boolean.TRUE.equals(choices(subject).get(code));
  }

  private static boolean latest(List<ConsentEvent> events, Purpose purpose) {
    boolean given = false;
    for (ConsentEvent e : events) {
      if (e.getPurpose() == purpose) {
        given = e.getDecision() == Decision.GIVEN;
      }
    }
    return given;
  }

  /**
   * Records a choice for one category as shown in the given language, unless it is already the
   * person's choice (a repeated click records nothing). Answers whether anything was recorded.
   */
  public boolean choose(
      String subject,
      String code,
      boolean optedIn,
      String language,
      Method method,
      ClientInfo client,
      String actor) {
    MarketingCategory shown =
        category(code, language).orElseThrow(() -> new UnknownCategoryException(code));
    if (isOptedIn(subject, code) == optedIn) {
      return false;
    }
    ledger.append(
        new ConsentRequest(
            subject,
            shown.purpose(),
            optedIn ? Decision.GIVEN : Decision.WITHDRAWN,
            null,
            shown.textHash(),
            shown.language(),
            method,
            client.ipAddress(),
            client.userAgent(),
            actor,
            null,
            "category=" + code));
    return true;
  }
}
