package org.accord.marketing;

import org.accord.consent.Purpose;
import org.accord.platform.Hashes;

/**
 * A marketing e-mail category as shown to a person in one language: what they opt into. The hash of
 * exactly this text is recorded with every choice.
 */
public record MarketingCategory(
    String code, Purpose purpose, String language, String label, String description) {

  /** The SHA-256 of the text shown: label and description, as the form shows them. */
  public String textHash() {
    return Hashes.sha256(label + "\n\n" + description);
  }
}
