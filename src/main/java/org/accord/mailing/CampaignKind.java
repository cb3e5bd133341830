package org.accord.mailing;

/** What a campaign sends: marketing (only to the opted-in) or a legal notice (to every account). */
public enum CampaignKind {
  NEWSLETTER,
  POLICY_NOTICE
}
