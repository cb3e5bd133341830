package org.accord.minors;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.accord.account.Countries;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The age of digital consent in one country (GDPR Art. 8, COPPA): below it a parent or guardian
 * must consent. {@code country} is an ISO 3166 code, or {@code *} for every country not listed.
 */
public record AgeOfConsent(String country, int age, String source, LocalDate since) {

  public static final String DEFAULT = "*";
  public static final int MINIMUM = 13;
  public static final int MAXIMUM = 16;
  public static final int SOURCE_LENGTH = 300;

  /** Why a row cannot be used (a bundle key), or null when it can. */
  public static String problem(String country, int age, String source, LocalDate since) {
    if (country == null || !(DEFAULT.equals(country) || Countries.isKnown(country))) {
      return "ages.country.invalid";
    }
    if (age < MINIMUM || age > MAXIMUM) {
      return "ages.age.invalid";
    }
    if (source == null || source.isBlank() || source.length() > SOURCE_LENGTH) {
      return "ages.source.invalid";
    }
    if (since == null) {
      return "ages.since.invalid";
    }
    return null;
  }

  /**
   * Reads {@code legal/age-of-digital-consent.csv} (header {@code country,age,source,since}). Every
   * row must be valid and every country appear once, with a {@code *} row for the rest.
   */
  public static List<AgeOfConsent> parse(String csv) {
    List<AgeOfConsent> rows = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    try (Reader in = new StringReader(csv)) {
      for (CSVRecord r :
          CSVFormat.RFC4180
              .builder()
              .setHeader()
              .setSkipHeaderRecord(true)
              .setTrim(true)
              .get()
              .parse(in)) {
        AgeOfConsent row;
        try {
          row =
              new AgeOfConsent(
                  r.get("country"),
                  Integer.parseInt(r.get("age")),
                  r.get("source"),
                  LocalDate.parse(r.get("since")));
        } catch (DateTimeParseException | IllegalArgumentException e) {
          throw new IllegalArgumentException("line " + r.getRecordNumber() + ": " + e.getMessage());
        }
        String problem = problem(row.country(), row.age(), row.source(), row.since());
        if (problem != null) {
          throw new IllegalArgumentException("line " + r.getRecordNumber() + ": " + problem);
        }
        if (!seen.add(row.country())) {
          throw new IllegalArgumentException(
              "line " + r.getRecordNumber() + ": " + row.country() + " twice");
        }
        rows.add(row);
      }
    } catch (IOException e) {
      throw new IllegalArgumentException(e);
    }
    if (!seen.contains(DEFAULT)) {
      throw new IllegalArgumentException("no row for * (every other country)");
    }
    return rows;
  }
}
