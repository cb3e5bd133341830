package org.accord.platform;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Values read by native queries, which drivers return as different types (H2 and PostgreSQL give
 * {@code OffsetDateTime} or {@code Timestamp}, {@code LocalDate} or {@code java.sql.Date}), and
 * instants written by them (as UTC offset date-times, which both bind to TIMESTAMP WITH TIME ZONE).
 */
public final class SqlValues {

  private SqlValues() {}

  /** An instant as a parameter of a native query. */
  public static OffsetDateTime timestamp(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }

  public static Instant instant(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof OffsetDateTime odt) {
      return odt.toInstant();
    }
    if (value instanceof java.sql.Timestamp ts) {
      return ts.toInstant();
    }
    return Instant.parse(value.toString());
  }

  public static LocalDate date(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof java.sql.Date d) {
      return d.toLocalDate();
    }
    if (value instanceof LocalDate d) {
      return d;
    }
    return LocalDate.parse(value.toString().substring(0, 10));
  }
}
