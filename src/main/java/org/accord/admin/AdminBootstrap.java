package org.accord.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import org.accord.account.Account;
import org.accord.account.EmailAddress;
import org.accord.account.Role;
import org.accord.consent.ConsentLedger;
import org.accord.platform.DatabaseMigration;
import org.accord.security.PasswordService;
import org.accord.security.WeakPasswordException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * On the first start with no accounts, creates the admin account from {@code accord.admin.email}
 * and {@code accord.admin.password}; without a configured password, a random one is generated and
 * printed once in the log. There is never a built-in default password.
 */
@ApplicationScoped
public class AdminBootstrap {

  private static final Logger LOG = Logger.getLogger(AdminBootstrap.class.getName());
  private static final String ALPHABET =
      "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

  @PersistenceContext private EntityManager em;
  @Inject private PasswordService passwords;
  @Inject private Clock clock;
  @Inject private ConsentLedger ledger;

  @Inject
  @ConfigProperty(name = "accord.admin.email", defaultValue = "admin@accord.local")
  String email;

  @Inject
  @ConfigProperty(name = "accord.admin.password")
  Optional<String> password;

  /**
   * This bean through its proxy, so that {@link #createIfNoAccounts} runs in its own transaction.
   */
  @Inject private AdminBootstrap self;

  /**
   * Creates the admin account if there is none yet. Nodes of a cluster that start together on an
   * empty database may both try: one wins, the others find its account and go on.
   */
  void onStart(@Observes DatabaseMigration.Migrated migrated) {
    try {
      self.createIfNoAccounts();
    } catch (RuntimeException e) {
      if (!self.adminExists()) {
        throw e;
      }
      LOG.info(() -> "Another node created the admin account " + email + " first");
    }
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public boolean adminExists() {
    return !em.createQuery("SELECT a FROM Account a WHERE a.email = :email", Account.class)
        .setParameter("email", EmailAddress.normalize(email).orElse(email))
        .getResultList()
        .isEmpty();
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void createIfNoAccounts() {
    long accounts = em.createQuery("SELECT COUNT(a) FROM Account a", Long.class).getSingleResult();
    if (accounts > 0) {
      return;
    }
    boolean generated = password.filter(p -> !p.isBlank()).isEmpty();
    String secret = generated ? generate() : password.get();
    String hash;
    try {
      hash = passwords.hashNew(secret, email);
    } catch (WeakPasswordException e) {
      throw new IllegalStateException(
          "accord.admin.password is not acceptable ("
              + e.verdict().reasons()
              + "); choose another or leave it unset to have one generated");
    }
    Account admin = verifiedAccount(email, hash, LocalDate.of(1970, 1, 1));
    admin.grant(Role.ADMIN);
    em.persist(admin);
    if (generated) {
      LOG.warning(
          () ->
              "\n==========================================================\n"
                  + " Accord admin account created\n"
                  + "   e-mail:   "
                  + email
                  + "\n"
                  + "   password: "
                  + secret
                  + "\n"
                  + " This password is shown only once. Change it after signing in.\n"
                  + "==========================================================");
    } else {
      LOG.info(() -> "Accord admin account created for " + email);
    }
  }

  /** A new account with a confirmed address, in Finland, speaking English (not yet persisted). */
  Account verifiedAccount(String address, String passwordHash, LocalDate birthDate) {
    Account account =
        new Account(
            address,
            passwordHash,
            birthDate,
            "FI",
            Locale.ENGLISH,
            ledger.newSubject(),
            clock.instant());
    account.verifyEmail(clock.instant());
    return account;
  }

  /** A random password of four groups of five letters and digits (about 116 bits). */
  static String generate() {
    SecureRandom random = new SecureRandom();
    StringBuilder sb = new StringBuilder();
    for (int group = 0; group < 4; group++) {
      if (group > 0) {
        sb.append('-');
      }
      for (int i = 0; i < 5; i++) {
        sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
      }
    }
    return sb.toString();
  }
}
