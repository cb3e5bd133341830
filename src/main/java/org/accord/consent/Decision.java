package org.accord.consent;

/** The decision recorded by a consent event. */
public enum Decision {
  GIVEN,
  WITHDRAWN,
  REFUSED,
  EXPIRED
}
