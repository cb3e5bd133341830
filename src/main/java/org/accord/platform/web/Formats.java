package org.accord.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** Dates and times for pages, in the visitor's language, in UTC. */
@Named
@RequestScoped
public class Formats {

  @Inject private LanguageView language;

  public String date(Instant instant) {
    return format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG), instant, "");
  }

  public String dateTime(Instant instant) {
    return format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM), instant, " UTC");
  }

  private String format(DateTimeFormatter formatter, Instant instant, String suffix) {
    return instant == null
        ? ""
        : formatter.withLocale(language.getLocale()).withZone(ZoneOffset.UTC).format(instant)
            + suffix;
  }
}
