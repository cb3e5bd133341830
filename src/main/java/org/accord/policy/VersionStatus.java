package org.accord.policy;

/** Whether a published version still counts. */
public enum VersionStatus {
  PUBLISHED,
  /** Withdrawn by an admin: no longer current, still shown in the history and still provable. */
  RETIRED
}
