/**
 * Versioned legal documents: the texts in {@code legal/}, their published versions with the SHA-256
 * of every text, and the public legal pages. Records consent only through the ledger.
 */
package org.accord.policy;
