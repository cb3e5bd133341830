/**
 * Outgoing mail: a durable outbox written in the caller's transaction and an SMTP delivery that
 * retries. Decides nothing about who gets which mail.
 */
package org.accord.platform.mail;
