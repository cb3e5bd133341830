package org.accord.consent;

/** What a consent decision is about. */
public enum Purpose {
  TERMS,
  PRIVACY_POLICY,
  STAFF_GUIDELINES,
  MARKETING_NEWSLETTER,
  MARKETING_PRODUCT_UPDATES,
  EMBED_PROVIDER,
  PARENTAL
}
