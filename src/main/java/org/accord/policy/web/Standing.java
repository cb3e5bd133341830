package org.accord.policy.web;

import java.io.Serializable;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.accord.policy.DocumentKind;

/**
 * What the session remembers of the signed-in person's acceptances and dismissed notices, so that a
 * person in good standing costs the gate no database query. Acceptances are never taken back, so
 * what is remembered stays true; it is only ever too low, and then read again.
 */
final class Standing implements Serializable {

  private static final long serialVersionUID = 1L;

  private final long accountId;
  private final String subject;
  private final EnumMap<DocumentKind, Integer> accepted = new EnumMap<>(DocumentKind.class);
  private final HashSet<Long> dismissed = new HashSet<>();
  private volatile boolean awaitingGuardian;
  private final Instant ownSince;

  /**
   * @param ownSince when a person a guardian consented for reached the age of digital consent: only
   *     their own acceptances from then on count (C5); null for everyone else
   */
  Standing(
      long accountId,
      String subject,
      Instant ownSince,
      Map<DocumentKind, Integer> accepted,
      Set<Long> dismissed) {
    this.accountId = accountId;
    this.ownSince = ownSince;
    this.subject = subject;
    this.accepted.putAll(accepted);
    this.dismissed.addAll(dismissed);
  }

  boolean awaitingGuardian() {
    return awaitingGuardian;
  }

  void awaitingGuardian(boolean awaiting) {
    this.awaitingGuardian = awaiting;
  }

  Instant ownSince() {
    return ownSince;
  }

  long accountId() {
    return accountId;
  }

  String subject() {
    return subject;
  }

  synchronized Map<DocumentKind, Integer> accepted() {
    return new EnumMap<>(accepted);
  }

  synchronized void accepted(Map<DocumentKind, Integer> fresh) {
    accepted.putAll(fresh);
  }

  synchronized boolean isDismissed(long versionId) {
    return dismissed.contains(versionId);
  }

  synchronized void dismissed(long versionId) {
    dismissed.add(versionId);
  }
}
