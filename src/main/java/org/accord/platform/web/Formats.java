package org.accord.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.accord.platform.Messages;

/** Dates, times and parameterised texts for pages, in the visitor's language (times in UTC). */
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

  /** A bundle text with one argument, formatted for the visitor's language. */
  public String message(String key, Object argument) {
    return Messages.get(language.getLocale(), key, argument);
  }

  /** A bundle text with two arguments. */
  public String message2(String key, Object first, Object second) {
    return Messages.get(language.getLocale(), key, first, second);
  }

  private String format(DateTimeFormatter formatter, Instant instant, String suffix) {
    return instant == null
        ? ""
        : formatter.withLocale(language.getLocale()).withZone(ZoneOffset.UTC).format(instant)
            + suffix;
  }
}
