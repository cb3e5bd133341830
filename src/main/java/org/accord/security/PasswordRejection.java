package org.accord.security;

/** Why a password is refused; each has a translated message {@code password.rejected.<NAME>}. */
public enum PasswordRejection {
  TOO_SHORT,
  TOO_LONG,
  INVALID_CHARACTERS,
  BREACHED,
  REPETITIVE,
  SEQUENTIAL,
  CONTEXT_WORD
}
