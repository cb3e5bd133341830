package org.accord.platform.mail;

/** Where a message is in the outbox. */
public enum MailStatus {
  /** Waiting for (another) SMTP delivery attempt. */
  PENDING,
  /** Accepted by the SMTP server. */
  SENT,
  /** Given up after the last attempt; an admin can see why. */
  FAILED,
  /** No SMTP server is configured: the message stays here for admins to read. */
  LOCAL,
  /** Marketing mail held back at delivery: the recipient may no longer receive it. */
  SUPPRESSED
}
