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
    return instant == null
        ? ""
        : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
            .withLocale(language.getLocale())
            .withZone(ZoneOffset.UTC)
            .format(instant);
  }

  public String dateTime(Instant instant) {
    return instant == null
        ? ""
        : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .withLocale(language.getLocale())
                .withZone(ZoneOffset.UTC)
                .format(instant)
            + " UTC";
  }
}
