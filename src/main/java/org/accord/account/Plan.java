package org.accord.account;

/** What an account's owner pays for (set by an admin; there is no billing). */
public enum Plan {
  FREE,
  PRO,
  PREMIUM;

  /** Whether owners on this plan may switch off the embed notice on their own sites (C6). */
  public boolean allowsAdvancedMediaSettings() {
    return this != FREE;
  }
}
