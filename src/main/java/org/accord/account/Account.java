package org.accord.account;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/** A person's account: who they are to us, how they sign in and what they may do. */
@Entity
@Table(name = "account")
@NamedQuery(name = Account.BY_EMAIL, query = "SELECT a FROM Account a WHERE a.email = :email")
public class Account {

  static final String BY_EMAIL = "Account.byEmail";

  public static final int COUNTRY_LENGTH = 2;
  public static final int LANGUAGE_LENGTH = 8;
  public static final LocalDate EARLIEST_BIRTH_DATE = LocalDate.of(1900, 1, 1);

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_seq")
  @SequenceGenerator(name = "account_seq", sequenceName = "account_seq", allocationSize = 50)
  private Long id;

  @Column(nullable = false, length = EmailAddress.MAX_LENGTH)
  private String email;

  @Column(name = "password_hash", nullable = false)
  private String passwordHash;

  @Column(name = "birth_date", nullable = false)
  private LocalDate birthDate;

  @Column(nullable = false, length = COUNTRY_LENGTH)
  private String country;

  @Column(nullable = false, length = LANGUAGE_LENGTH)
  private String language;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private AccountStatus status;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
  @Enumerated(EnumType.STRING)
  @Column(name = "role")
  private Set<Role> roles = EnumSet.noneOf(Role.class);

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "email_verified_at")
  private Instant emailVerifiedAt;

  @Column(name = "password_changed_at", nullable = false)
  private Instant passwordChangedAt;

  @Column(name = "consent_subject", updatable = false, length = 64)
  private String consentSubject;

  /** Null when no guardian must consent; PENDING until one does; APPROVED after. */
  @Column(length = 20)
  private String guardian;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private Plan plan = Plan.FREE;

  @Version private long version;

  protected Account() {}

  public Account(
      String email,
      String passwordHash,
      LocalDate birthDate,
      String country,
      Locale language,
      String consentSubject,
      Instant now) {
    this.email = EmailAddress.normalize(email).orElseThrow(IllegalArgumentException::new);
    this.passwordHash = Objects.requireNonNull(passwordHash);
    this.birthDate = Objects.requireNonNull(birthDate);
    this.country = Objects.requireNonNull(country);
    this.language = language.getLanguage();
    this.status = AccountStatus.UNVERIFIED;
    this.roles.add(Role.USER);
    this.createdAt = now;
    this.passwordChangedAt = now;
    this.consentSubject = Objects.requireNonNull(consentSubject);
  }

  /** The account's opaque subject id in the consent ledger. */
  /** Whether the account waits for a parent's or guardian's consent (C5). */
  public boolean isAwaitingGuardian() {
    return "PENDING".equals(guardian);
  }

  /** Whether a parent or guardian consented for the person, who has not yet decided themselves. */
  public boolean isGuardianApproved() {
    return "APPROVED".equals(guardian);
  }

  /** Marks the account as waiting for a parent's or guardian's consent. */
  public void awaitGuardian() {
    guardian = "PENDING";
  }

  public String getConsentSubject() {
    return consentSubject;
  }

  public Long getId() {
    return id;
  }

  public String getEmail() {
    return email;
  }

  public String getPasswordHash() {
    return passwordHash;
  }

  public LocalDate getBirthDate() {
    return birthDate;
  }

  public String getCountry() {
    return country;
  }

  public Locale getLanguage() {
    return Locale.forLanguageTag(language);
  }

  public AccountStatus getStatus() {
    return status;
  }

  public Set<Role> getRoles() {
    return Set.copyOf(roles);
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getEmailVerifiedAt() {
    return emailVerifiedAt;
  }

  public Instant getPasswordChangedAt() {
    return passwordChangedAt;
  }

  public boolean isVerified() {
    return emailVerifiedAt != null;
  }

  public boolean hasRole(Role role) {
    return roles.contains(role);
  }

  /** Completed years of age on the given day. */
  public int ageOn(LocalDate day) {
    return Period.between(birthDate, day).getYears();
  }

  /** Confirms the e-mail address; the account becomes usable. Idempotent. */
  public void verifyEmail(Instant now) {
    if (emailVerifiedAt == null) {
      emailVerifiedAt = now;
    }
    status = AccountStatus.ACTIVE;
  }

  /** A new password (already hashed) chosen by the user. */
  public void changePassword(String newHash, Instant now) {
    passwordHash = Objects.requireNonNull(newHash);
    passwordChangedAt = now;
  }

  /** The same password re-hashed at the current cost; not a password change. */
  public void renewHash(String newHash) {
    passwordHash = Objects.requireNonNull(newHash);
  }

  /** New details the account is judged by; the caller re-evaluates the account (C5). */
  void changeDetails(LocalDate birthDate, String country) {
    this.birthDate = Objects.requireNonNull(birthDate);
    this.country = Objects.requireNonNull(country);
  }

  public Plan getPlan() {
    return plan;
  }

  void setPlan(Plan plan) {
    this.plan = java.util.Objects.requireNonNull(plan);
  }

  public void grant(Role role) {
    roles.add(role);
  }

  public void setLanguage(Locale language) {
    this.language = language.getLanguage();
  }
}
