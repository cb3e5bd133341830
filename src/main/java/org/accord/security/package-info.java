/**
 * Passwords (NIST SP 800-63B rules, Argon2id hashing), the password-check API and the Jakarta
 * Security wiring (identity store, form mechanism). Decides nothing about accounts itself.
 */
package org.accord.security;
