/**
 * The consent ledger: append-only, tamper-evident consent events, their per-subject hash chains,
 * periodic seals and verification. Knows subjects only by opaque ids, never by account.
 */
package org.accord.consent;
