package org.accord.platform;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Looks up user-visible text in the {@code i18n.messages} bundles (en, fi). */
public final class Messages {

  public static final String BUNDLE = "i18n.messages";

  private Messages() {}

  /** The languages Accord speaks; the first is the fallback. */
  public static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, new Locale("fi"));

  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  public static String get(Locale locale, String key, Object... args) {
    try {
      String pattern = ResourceBundle.getBundle(BUNDLE, locale, NO_FALLBACK).getString(key);
      return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    } catch (MissingResourceException e) {
      return "???" + key + "???";
    }
  }

  /** The first of the preferred languages that Accord speaks, else English. */
  public static Locale locale(List<Locale> preferred) {
    for (Locale wanted : preferred) {
      for (Locale supported : LANGUAGES) {
        if (supported.getLanguage().equals(wanted.getLanguage())) {
          return supported;
        }
      }
    }
    return LANGUAGES.get(0);
  }

  /** Text in the language of the current Faces view. */
  public static String get(String key, Object... args) {
    return get(currentLocale(), key, args);
  }

  public static Locale currentLocale() {
    FacesContext context = FacesContext.getCurrentInstance();
    if (context != null && context.getViewRoot() != null) {
      return context.getViewRoot().getLocale();
    }
    return Locale.ENGLISH;
  }

  /** Adds a translated message for a component (or the whole page when clientId is null). */
  public static void add(
      String clientId, FacesMessage.Severity severity, String key, Object... args) {
    String text = get(key, args);
    FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, null));
  }

  public static void error(String clientId, AccordException failure) {
    add(clientId, FacesMessage.SEVERITY_ERROR, failure.messageKey(), failure.arguments());
  }

  public static void info(String key, Object... args) {
    add(null, FacesMessage.SEVERITY_INFO, key, args);
  }

  /** Keeps page-level messages across a redirect. */
  public static void keepForRedirect() {
    FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
  }
}
