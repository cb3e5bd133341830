package org.accord.minors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.accord.admin.AuditLog;
import org.accord.platform.AccordException;
import org.accord.platform.DatabaseMigration;
import org.accord.platform.SqlValues;
import org.accord.policy.LegalSource;

/**
 * The ages of digital consent in force: seeded from {@code legal/age-of-digital-consent.csv} on the
 * first start (countries added to the file later are added too; an admin's value is never
 * overwritten), then edited by admins at {@code /admin/ages}.
 */
@ApplicationScoped
@Transactional
public class AgesOfConsent {

  static final String FILE = "age-of-digital-consent.csv";

  /** A value an admin cannot set; nothing was changed. */
  public static class RefusedException extends AccordException {
    private static final long serialVersionUID = 1L;

    RefusedException(String key) {
      super(key, AgeOfConsent.MINIMUM, AgeOfConsent.MAXIMUM, AgeOfConsent.SOURCE_LENGTH);
    }
  }

  @PersistenceContext private EntityManager em;
  @Inject private LegalSource legal;
  @Inject private Clock clock;
  @Inject private AuditLog audit;

  void seed(@Observes DatabaseMigration.Migrated migrated) {
    Set<String> known = all().stream().map(AgeOfConsent::country).collect(Collectors.toSet());
    legal
        .file(FILE)
        .map(AgeOfConsent::parse)
        .ifPresent(
            rows ->
                rows.stream()
                    .filter(r -> !known.contains(r.country()))
                    .forEach(r -> write(r, null, true)));
  }

  public List<AgeOfConsent> all() {
    List<?> rows =
        em.createNativeQuery("SELECT country, age, source, since FROM age_of_consent")
            .getResultList();
    return rows.stream()
        .map(AgesOfConsent::row)
        .sorted(
            Comparator.comparing((AgeOfConsent a) -> !AgeOfConsent.DEFAULT.equals(a.country()))
                .thenComparing(AgeOfConsent::country))
        .toList();
  }

  public Optional<AgeOfConsent> find(String country) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT country, age, source, since FROM age_of_consent WHERE country = ?1")
            .setParameter(1, country)
            .getResultList();
    return rows.stream().findFirst().map(AgesOfConsent::row);
  }

  /** The age of digital consent for a country: its own row, or the row for every other country. */
  public AgeOfConsent forCountry(String country) {
    return find(country)
        .or(() -> find(AgeOfConsent.DEFAULT))
        .orElse(
            new AgeOfConsent(
                AgeOfConsent.DEFAULT,
                AgeOfConsent.MAXIMUM,
                "GDPR Art. 8(1)",
                LocalDate.of(2018, 5, 25)));
  }

  /** Sets a country's age (admins); refuses bad values without changing anything. */
  public void set(String country, int age, String source, LocalDate since, Long adminId) {
    String problem =
        AgeOfConsent.problem(country, age, source == null ? null : source.strip(), since);
    if (problem != null) {
      throw new RefusedException(problem);
    }
    Optional<AgeOfConsent> before = find(country);
    AgeOfConsent after = new AgeOfConsent(country, age, source.strip(), since);
    write(after, adminId, before.isEmpty());
    audit.record(
        "AGE_OF_CONSENT_SET",
        country,
        before.map(b -> b.age() + " -> ").orElse("")
            + age
            + " ("
            + after.source()
            + ", since "
            + since
            + ")");
  }

  private void write(AgeOfConsent row, Long by, boolean insert) {
    em.createNativeQuery(
            insert
                ? "INSERT INTO age_of_consent (age, source, since, updated_at, updated_by, country)"
                    + " VALUES (?1, ?2, ?3, ?4, CAST(?5 AS BIGINT), ?6)"
                : "UPDATE age_of_consent SET age = ?1, source = ?2, since = ?3, updated_at = ?4,"
                    + " updated_by = CAST(?5 AS BIGINT) WHERE country = ?6")
        .setParameter(1, row.age())
        .setParameter(2, row.source())
        .setParameter(3, row.since())
        .setParameter(4, clock.instant().atOffset(ZoneOffset.UTC))
        .setParameter(5, by)
        .setParameter(6, row.country())
        .executeUpdate();
  }

  private static AgeOfConsent row(Object value) {
    Object[] r = (Object[]) value;
    return new AgeOfConsent(
        (String) r[0], ((Number) r[1]).intValue(), (String) r[2], SqlValues.date(r[3]));
  }
}
