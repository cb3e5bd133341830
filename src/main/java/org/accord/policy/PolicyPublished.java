package org.accord.policy;

/**
 * Fired inside the publishing transaction. {@code notifyUsers}: the admin asked for the legal
 * notice to every account holder.
 */
public record PolicyPublished(
    long versionId, DocumentKind kind, int version, Long adminId, boolean notifyUsers) {}
