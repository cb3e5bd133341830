package org.accord.policy;

/** How much a new version changes: whether users must accept it again. */
public enum ChangeKind {
  /** A typo or clarification: users are told, not stopped. */
  MINOR,
  /** Users must accept the new version before they go on. */
  MATERIAL
}
