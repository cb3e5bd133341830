package org.accord.platform.mail;

/** Transactional mail always goes out; marketing mail only to those who opted in. */
public enum MailCategory {
  TRANSACTIONAL,
  MARKETING
}
