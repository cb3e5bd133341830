package org.accord.account;

/** What an account may do. Role names are also the Jakarta Security group names. */
public enum Role {
  USER,
  ADMIN;

  public static final String USER_NAME = "USER";
  public static final String ADMIN_NAME = "ADMIN";
}
