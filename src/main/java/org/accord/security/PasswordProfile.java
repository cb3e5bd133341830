package org.accord.security;

/** The password rules in force, chosen by {@code accord.password.profile}. */
public enum PasswordProfile {
  /** NIST SP 800-63B (rev. 3): at least 8 characters. */
  NIST_800_63B_REV3(8),
  /** NIST SP 800-63-4: at least 15 characters when the password is the only factor. */
  NIST_800_63B_REV4(15);

  private final int minimumLength;

  PasswordProfile(int minimumLength) {
    this.minimumLength = minimumLength;
  }

  public int minimumLength() {
    return minimumLength;
  }
}
