package org.accord.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.accord.admin.AuditLog;
import org.accord.consent.ClientInfo;
import org.accord.consent.ConsentLedger;
import org.accord.consent.Method;
import org.accord.marketing.MarketingCategory;
import org.accord.marketing.MarketingPreferences;
import org.accord.minors.AgeRule;
import org.accord.minors.AgesOfConsent;
import org.accord.minors.Minors;
import org.accord.minors.ParentalConsent;
import org.accord.platform.Links;
import org.accord.platform.mail.MailCategory;
import org.accord.platform.mail.Outbox;
import org.accord.policy.AcceptanceGate;
import org.accord.policy.DocumentKind;
import org.accord.policy.PolicyAcceptance;
import org.accord.security.PasswordService;

/**
 * Creates and maintains accounts. Answers the same way whether or not an e-mail address already has
 * an account, so nobody can find out who uses Accord.
 */
@ApplicationScoped
@Transactional
public class AccountService {

  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;
  @Inject private PasswordService passwords;
  @Inject private Outbox outbox;
  @Inject private Links links;
  @Inject private SignInThrottles throttles;
  @Inject private ConsentLedger ledger;
  @Inject private PolicyAcceptance acceptance;
  @Inject private MarketingPreferences marketing;
  @Inject private AgesOfConsent ages;
  @Inject private ParentalConsent parental;
  @Inject private Minors minors;
  @Inject private AcceptanceGate gate;
  @Inject private AuditLog audit;
  @Inject private Event<PlanChanged> planChanged;

  public Optional<Account> find(long id) {
    return Optional.ofNullable(em.find(Account.class, id));
  }

  public Account get(long id) {
    return find(id).orElseThrow(() -> new IllegalStateException("no account " + id));
  }

  public Optional<Account> findByEmail(String email) {
    return EmailAddress.normalize(email)
        .flatMap(
            normalized ->
                em.createNamedQuery(Account.BY_EMAIL, Account.class)
                    .setParameter("email", normalized)
                    .getResultStream()
                    .findFirst());
  }

  /**
   * Signs a person up and mails a verification link. When the address already has an account, its
   * owner gets a notice instead and the caller sees no difference.
   */
  @Transactional
  public void signUp(NewAccount request, ClientInfo client, String submissionToken) {
    Map<String, String> problems = request.problems(LocalDate.now(clock));
    for (DocumentKind kind : acceptance.missing(request.acceptedVersions())) {
      String field =
          "accept" + Character.toUpperCase(kind.slug().charAt(0)) + kind.slug().substring(1);
      problems.put(field, "signup." + field + ".required");
    }
    String language = request.language().getLanguage();
    List<String> offered =
        marketing.categories(language).stream().map(MarketingCategory::code).toList();
    if (!offered.containsAll(request.marketing())) {
      problems.put("marketing", "signup.marketing.unknown");
    }
    boolean minor =
        problems.isEmpty()
            && AgeRule.isBelow(
                request.birthDate(),
                ages.forCountry(request.country()).age(),
                clock.instant(),
                request.zone());
    if (minor && (request.parentEmail() == null || request.parentEmail().isBlank())) {
      problems.put("parentEmail", "parentEmail.required");
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    String hash = passwords.hashNew(request.password(), request.email());
    Optional<Account> existing = findByEmail(request.email());
    if (existing.isPresent()) {
      Account owner = existing.get();
      outbox.queue(
          owner.getEmail(),
          "signupExisting",
          owner.getLanguage(),
          MailCategory.TRANSACTIONAL,
          links.absolute("/login"),
          links.absolute("/password/forgot"));
      return;
    }
    Account account =
        new Account(
            request.email(),
            hash,
            request.birthDate(),
            request.country(),
            request.language(),
            ledger.newSubject(),
            clock.instant());
    if (minor) {
      account.awaitGuardian();
    }
    em.persist(account);
    acceptance.accept(
        account.getConsentSubject(),
        request.acceptedVersions(),
        request.language().getLanguage(),
        Method.SIGNUP_FORM,
        client,
        submissionToken);
    // Minors are not offered marketing before a guardian approves; it stays off after (C5).
    for (String code : minor ? List.<String>of() : request.marketing()) {
      marketing.choose(
          account.getConsentSubject(), code, true, language, Method.SIGNUP_FORM, client, null);
    }
    sendVerification(account);
    if (minor) {
      em.flush();
      parental.request(
          account.getId(), account.getEmail(), request.parentEmail().strip(), request.language());
    }
  }

  /**
   * Changes the birth date and country the account is judged by, re-evaluates the account and
   * records the change with its outcome (C5). Someone who is now below their country's age of
   * digital consent, with no guardian's consent yet, is held until a guardian approves (the address
   * is then required) and their marketing choices are withdrawn; someone a guardian consented for
   * who is now of that age confirms the documents themselves. Answers the outcome, or empty when
   * nothing changed.
   */
  @Transactional
  public Optional<AccountChange.Outcome> changeDetails(
      long accountId, DetailsChange change, ClientInfo client) {
    Account account = get(accountId);
    Map<String, String> problems = change.problems(account.getEmail(), LocalDate.now(clock));
    if (problems.isEmpty()
        && change.birthDate().equals(account.getBirthDate())
        && change.country().equals(account.getCountry())) {
      return Optional.empty();
    }
    boolean below =
        problems.isEmpty()
            && AgeRule.isBelow(
                change.birthDate(),
                ages.forCountry(change.country()).age(),
                clock.instant(),
                AgeRule.LATEST_ZONE);
    boolean guardianNeeded = below && !account.isGuardianApproved();
    if (guardianNeeded && (change.parentEmail() == null || change.parentEmail().isBlank())) {
      problems.put("parentEmail", "parentEmail.required");
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    AccountChange.Outcome outcome =
        guardianNeeded
            ? AccountChange.Outcome.GUARDIAN_REQUIRED
            : ownConsentDue(account, change)
                ? AccountChange.Outcome.OWN_CONSENT_DUE
                : AccountChange.Outcome.RECORDED;
    em.persist(
        new AccountChange(
            accountId,
            clock.instant(),
            account.getBirthDate(),
            change.birthDate(),
            account.getCountry(),
            change.country(),
            outcome));
    account.changeDetails(change.birthDate(), change.country());
    if (guardianNeeded || minors.isNeverOfferedMarketing(change.birthDate(), change.country())) {
      String language = account.getLanguage().getLanguage();
      marketing
          .choices(account.getConsentSubject())
          .forEach(
              (code, optedIn) -> {
                if (optedIn) {
                  marketing.choose(
                      account.getConsentSubject(),
                      code,
                      false,
                      language,
                      Method.SETTINGS,
                      client,
                      null);
                }
              });
    }
    if (guardianNeeded) {
      account.awaitGuardian();
      em.flush();
      parental.request(
          accountId, account.getEmail(), change.parentEmail().strip(), account.getLanguage());
    }
    return Optional.of(outcome);
  }

  /** Whether the change makes the person old enough to confirm documents a guardian accepted. */
  private boolean ownConsentDue(Account account, DetailsChange change) {
    return minors
        .ownConsentDueSince(change.birthDate(), change.country(), account.isGuardianApproved())
        .map(since -> !gate.pending(account.getConsentSubject(), since).isEmpty())
        .orElse(false);
  }

  /**
   * An admin sets an account's plan (audited). Features that depend on the plan hear of the change
   * in the same transaction (a downgrade switches off what the lower plan does not allow).
   */
  @Transactional
  public void setPlan(long accountId, Plan plan) {
    Account account = get(accountId);
    Plan before = account.getPlan();
    if (before == Objects.requireNonNull(plan)) {
      return;
    }
    account.setPlan(plan);
    audit.record("ACCOUNT_PLAN_SET", "account " + accountId, before + " -> " + plan);
    planChanged.fire(new PlanChanged(accountId, before, plan));
  }

  /** The changes of birth date and country made to an account, newest first. */
  public List<AccountChange> changes(long accountId) {
    return em.createNamedQuery(AccountChange.OF_ACCOUNT, AccountChange.class)
        .setParameter("account", accountId)
        .getResultList();
  }

  void sendVerification(Account account) {
    AccountToken.Issued issued =
        AccountToken.issue(account, TokenPurpose.VERIFY_EMAIL, clock.instant());
    em.persist(issued.token());
    outbox.queue(
        account.getEmail(),
        "verify",
        account.getLanguage(),
        MailCategory.TRANSACTIONAL,
        links.absolute("/verify?token=" + encode(issued.secret())));
  }

  /** Confirms the address behind a verification link. */
  @Transactional(dontRollbackOn = InvalidLinkException.class)
  public Account verifyEmail(String secret) {
    AccountToken token = usableToken(secret, TokenPurpose.VERIFY_EMAIL);
    token.use(clock.instant());
    Account account = token.getAccount();
    account.verifyEmail(clock.instant());
    return account;
  }

  /** Mails a reset link if the address has an account; otherwise does nothing, silently. */
  @Transactional
  public void requestPasswordReset(String email) {
    findByEmail(email)
        .ifPresent(
            account -> {
              AccountToken.Issued issued =
                  AccountToken.issue(account, TokenPurpose.RESET_PASSWORD, clock.instant());
              em.persist(issued.token());
              outbox.queue(
                  account.getEmail(),
                  "reset",
                  account.getLanguage(),
                  MailCategory.TRANSACTIONAL,
                  links.absolute("/password/reset?token=" + encode(issued.secret())));
            });
  }

  /** Whether a reset link can still be used (to show the form, or explain why not). */
  public boolean isUsableResetLink(String secret) {
    return findToken(secret)
        .filter(t -> t.isUsableFor(TokenPurpose.RESET_PASSWORD, clock.instant()))
        .isPresent();
  }

  /**
   * Sets a new password from a reset link. The link proves control of the address, so it also
   * confirms the address and lifts a sign-in lock. Every other open reset link is spent too.
   */
  @Transactional
  public Account resetPassword(String secret, String newPassword) {
    AccountToken token = usableToken(secret, TokenPurpose.RESET_PASSWORD);
    Account account = token.getAccount();
    String hash = passwords.hashNew(newPassword, account.getEmail());
    em.createNamedQuery(AccountToken.OPEN_FOR, AccountToken.class)
        .setParameter("account", account)
        .setParameter("purpose", TokenPurpose.RESET_PASSWORD)
        .getResultList()
        .forEach(t -> t.use(clock.instant()));
    account.changePassword(hash, clock.instant());
    account.verifyEmail(clock.instant());
    throttles.clear(account.getEmail());
    notifyPasswordChanged(account);
    return account;
  }

  /** Changes the password of a signed-in user, who must give the current one. */
  @Transactional
  public void changePassword(long accountId, String currentPassword, String newPassword) {
    Account account = get(accountId);
    if (!passwords.matches(currentPassword, account.getPasswordHash())) {
      throw new WrongPasswordException();
    }
    account.changePassword(passwords.hashNew(newPassword, account.getEmail()), clock.instant());
    notifyPasswordChanged(account);
  }

  private void notifyPasswordChanged(Account account) {
    outbox.queue(
        account.getEmail(),
        "passwordChanged",
        account.getLanguage(),
        MailCategory.TRANSACTIONAL,
        links.absolute("/password/forgot"));
  }

  private Optional<AccountToken> findToken(String secret) {
    if (secret == null || secret.isBlank() || secret.length() > 100) {
      return Optional.empty();
    }
    return em.createNamedQuery(AccountToken.BY_HASH, AccountToken.class)
        .setParameter("hash", AccountToken.digest(secret))
        .getResultStream()
        .findFirst();
  }

  private AccountToken usableToken(String secret, TokenPurpose purpose) {
    return findToken(secret)
        .filter(t -> t.isUsableFor(purpose, clock.instant()))
        .orElseThrow(InvalidLinkException::new);
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
