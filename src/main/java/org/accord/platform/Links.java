package org.accord.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Absolute links for e-mails. {@code accord.base.url} wins (set it behind a proxy or load
 * balancer); otherwise the address of the request being served.
 */
@ApplicationScoped
public class Links {

  @Inject
  @ConfigProperty(name = "accord.base.url")
  Optional<String> baseUrl;

  @Inject HttpServletRequest request;

  /** An absolute URL for a path that starts with "/". */
  public String absolute(String path) {
    return base() + path;
  }

  private String base() {
    Optional<String> configured = baseUrl.filter(s -> !s.isBlank());
    if (configured.isPresent()) {
      return strip(configured.get());
    }
    try {
      String url = request.getRequestURL().toString();
      String uri = request.getRequestURI();
      return strip(url.substring(0, url.length() - uri.length()) + request.getContextPath());
    } catch (ContextNotActiveException | IllegalStateException e) {
      return "http://127.0.0.1:8080";
    }
  }

  private static String strip(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }
}
