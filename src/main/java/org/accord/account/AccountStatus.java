package org.accord.account;

/** Where an account is in its life. */
public enum AccountStatus {
  /** Signed up, e-mail address not yet confirmed: cannot sign in. */
  UNVERIFIED,
  ACTIVE
}
