/**
 * User accounts: sign-up, e-mail verification, sign-in with throttling, password change and reset.
 * Sends mail only through the outbox.
 */
package org.accord.account;
