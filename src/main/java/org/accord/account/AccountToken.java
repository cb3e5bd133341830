package org.accord.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import org.accord.platform.Hashes;

/**
 * A single-use, expiring link sent by e-mail. Only the SHA-256 of the secret is stored, so a copy
 * of the database cannot be used to take over accounts.
 */
@Entity
@Table(name = "account_token")
@NamedQuery(
    name = AccountToken.BY_HASH,
    query = "SELECT t FROM AccountToken t WHERE t.tokenHash = :hash")
@NamedQuery(
    name = AccountToken.OPEN_FOR,
    query =
        "SELECT t FROM AccountToken t WHERE t.account = :account AND t.purpose = :purpose"
            + " AND t.usedAt IS NULL")
public class AccountToken {

  static final String BY_HASH = "AccountToken.byHash";
  static final String OPEN_FOR = "AccountToken.openFor";

  private static final SecureRandom RANDOM = new SecureRandom();

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_token_seq")
  @SequenceGenerator(
      name = "account_token_seq",
      sequenceName = "account_token_seq",
      allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "account_id", updatable = false)
  private Account account;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private TokenPurpose purpose;

  @Column(name = "token_hash", nullable = false, updatable = false, length = 64)
  private String tokenHash;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "expires_at", nullable = false, updatable = false)
  private Instant expiresAt;

  @Column(name = "used_at")
  private Instant usedAt;

  @Version private long version;

  protected AccountToken() {}

  private AccountToken(Account account, TokenPurpose purpose, String tokenHash, Instant now) {
    this.account = account;
    this.purpose = purpose;
    this.tokenHash = tokenHash;
    this.createdAt = now;
    this.expiresAt = now.plus(purpose.lifetime());
  }

  /** A new token and the secret to put in the link (returned once, never stored). */
  public record Issued(AccountToken token, String secret) {}

  public static Issued issue(Account account, TokenPurpose purpose, Instant now) {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    return new Issued(new AccountToken(account, purpose, digest(secret), now), secret);
  }

  /** The stored form of a secret from a link. */
  public static String digest(String secret) {
    return Hashes.sha256(secret);
  }

  public boolean isUsableFor(TokenPurpose expected, Instant now) {
    return purpose == expected && usedAt == null && now.isBefore(expiresAt);
  }

  public void use(Instant now) {
    usedAt = now;
  }

  public Account getAccount() {
    return account;
  }

  public TokenPurpose getPurpose() {
    return purpose;
  }

  public Instant getExpiresAt() {
    return expiresAt;
  }
}
