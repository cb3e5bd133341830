package org.accord.consent;

/**
 * An unambiguous serialisation for hashing: each field as {@code name:length:value;} with the
 * length in UTF-16 units, and {@code name:-;} for an absent value. Field order is fixed by the
 * caller; any change to a value, a name or the order changes the result.
 */
final class Canonical {

  private final StringBuilder out = new StringBuilder(256);

  Canonical field(String name, Object value) {
    out.append(name).append(':');
    if (value == null) {
      out.append("-;");
    } else {
      String text = value.toString();
      out.append(text.length()).append(':').append(text).append(';');
    }
    return this;
  }

  @Override
  public String toString() {
    return out.toString();
  }
}
