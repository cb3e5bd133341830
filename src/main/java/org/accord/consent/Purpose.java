package org.accord.consent;

/** What a consent decision is about. */
public enum Purpose {
  TERMS,
  PRIVACY_POLICY,
  STAFF_GUIDELINES,
  MARKETING_NEWSLETTER,
  MARKETING_PRODUCT_UPDATES,
  EMBED_PROVIDER,
  /** A media owner's confirmation that their own site asks for consent to embeds (C6). */
  EMBED_NOTICE_WAIVER,
  PARENTAL
}
