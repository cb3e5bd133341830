package org.accord.platform.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.accord.platform.Messages;

/**
 * The visitor's language: from {@code ?lang=} when given, else the browser's preference, else
 * English. Kept in the session.
 */
@Named
@SessionScoped
public class LanguageView implements Serializable {

  private static final long serialVersionUID = 1L;

  private Locale locale;

  public Locale getLocale() {
    ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
    String wanted = context.getRequestParameterMap().get("lang");
    if (wanted != null) {
      locale = Messages.locale(List.of(Locale.forLanguageTag(wanted)));
    } else if (locale == null) {
      List<Locale> preferred = new ArrayList<>();
      context.getRequestLocales().forEachRemaining(preferred::add);
      locale = Messages.locale(preferred);
    }
    return locale;
  }

  public String getLanguage() {
    return getLocale().getLanguage();
  }

  public List<Locale> getLanguages() {
    return Messages.LANGUAGES;
  }

  /** The current address (and, for a GET, its parameters) in another language. */
  public String urlFor(Locale language) {
    HttpServletRequest request =
        (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    String query = "";
    if ("GET".equals(request.getMethod())) {
      query =
          request.getParameterMap().entrySet().stream()
              .filter(e -> !e.getKey().equals("lang"))
              .flatMap(
                  e -> Arrays.stream(e.getValue()).map(v -> encode(e.getKey()) + "=" + encode(v)))
              .map(pair -> pair + "&")
              .collect(Collectors.joining());
    }
    return request.getRequestURI() + "?" + query + "lang=" + language.getLanguage();
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
