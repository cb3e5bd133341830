package org.accord.policy;

/** Fired when a version is published or retired; observers act once the transaction commits. */
public record PolicyChanged(DocumentKind kind, int version) {}
