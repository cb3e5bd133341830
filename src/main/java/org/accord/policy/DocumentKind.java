package org.accord.policy;

import java.util.Arrays;
import java.util.Optional;
import org.accord.consent.Purpose;

/**
 * The kinds of legal document, each with its folder in {@code legal/} and its public address.
 * Required documents must be accepted by every user; staff guidelines by staff only.
 */
public enum DocumentKind {
  TERMS_OF_SERVICE("terms-of-service", "terms", true, Purpose.TERMS),
  PRIVACY_POLICY("privacy-policy", "privacy", true, Purpose.PRIVACY_POLICY);

  private final String folder;
  private final String slug;
  private final boolean requiredForAll;
  private final Purpose purpose;

  DocumentKind(String folder, String slug, boolean requiredForAll, Purpose purpose) {
    this.folder = folder;
    this.slug = slug;
    this.requiredForAll = requiredForAll;
    this.purpose = purpose;
  }

  /** The purpose under which accepting this document is recorded in the ledger. */
  public Purpose purpose() {
    return purpose;
  }

  public String folder() {
    return folder;
  }

  /** The last part of its public address: {@code /legal/<slug>}. */
  public String slug() {
    return slug;
  }

  public boolean isRequiredForAll() {
    return requiredForAll;
  }

  /** The kind named in an address parameter, if it names one. */
  public static Optional<DocumentKind> parse(String name) {
    return Arrays.stream(values()).filter(k -> k.name().equals(name)).findFirst();
  }

  public static Optional<DocumentKind> byFolder(String folder) {
    return Arrays.stream(values()).filter(k -> k.folder.equals(folder)).findFirst();
  }

  public static Optional<DocumentKind> bySlug(String slug) {
    return Arrays.stream(values()).filter(k -> k.slug.equals(slug)).findFirst();
  }
}
