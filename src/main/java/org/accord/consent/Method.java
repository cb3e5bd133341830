package org.accord.consent;

/** How a decision was collected. */
public enum Method {
  SIGNUP_FORM,
  REVIEW_PAGE,
  SETTINGS,
  PARENT_LINK,
  API,
  EMBED_VIEWER,
  ONE_CLICK_UNSUBSCRIBE
}
