package org.accord.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A change of birth date or country and what re-evaluating the account decided (C5). */
@Entity
@Table(name = "account_change")
@NamedQuery(
    name = AccountChange.OF_ACCOUNT,
    query =
        "SELECT c FROM AccountChange c WHERE c.accountId = :account"
            + " ORDER BY c.changedAt DESC, c.id DESC")
public class AccountChange {

  static final String OF_ACCOUNT = "AccountChange.ofAccount";

  /** What re-evaluating the account after the change decided. */
  public enum Outcome {
    /** Nothing else changes. */
    RECORDED,
    /** The person is now below their country's age of digital consent: a guardian must consent. */
    GUARDIAN_REQUIRED,
    /** A guardian consented, and the person is now old enough to confirm the documents. */
    OWN_CONSENT_DUE
  }

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_change_seq")
  @SequenceGenerator(
      name = "account_change_seq",
      sequenceName = "account_change_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "account_id", nullable = false, updatable = false)
  private long accountId;

  @Column(name = "changed_at", nullable = false, updatable = false)
  private Instant changedAt;

  @Column(name = "birth_date_before", nullable = false, updatable = false)
  private LocalDate birthDateBefore;

  @Column(name = "birth_date_after", nullable = false, updatable = false)
  private LocalDate birthDateAfter;

  @Column(name = "country_before", nullable = false, updatable = false, length = 2)
  private String countryBefore;

  @Column(name = "country_after", nullable = false, updatable = false, length = 2)
  private String countryAfter;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 30)
  private Outcome outcome;

  protected AccountChange() {}

  AccountChange(
      long accountId,
      Instant changedAt,
      LocalDate birthDateBefore,
      LocalDate birthDateAfter,
      String countryBefore,
      String countryAfter,
      Outcome outcome) {
    this.accountId = accountId;
    this.changedAt = changedAt;
    this.birthDateBefore = birthDateBefore;
    this.birthDateAfter = birthDateAfter;
    this.countryBefore = countryBefore;
    this.countryAfter = countryAfter;
    this.outcome = outcome;
  }

  public Long getId() {
    return id;
  }

  public Instant getChangedAt() {
    return changedAt;
  }

  public LocalDate getBirthDateBefore() {
    return birthDateBefore;
  }

  public LocalDate getBirthDateAfter() {
    return birthDateAfter;
  }

  public String getCountryBefore() {
    return countryBefore;
  }

  public String getCountryAfter() {
    return countryAfter;
  }

  public Outcome getOutcome() {
    return outcome;
  }
}
