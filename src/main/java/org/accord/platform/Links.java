package org.accord.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Absolute links for e-mails. {@code accord.base.url} wins (set it behind a proxy or load balancer,
 * and whenever mail is sent in the background); otherwise the address of the request being served,
 * or, for work in the background, of the last request served.
 */
@ApplicationScoped
public class Links {

  @Inject
  @ConfigProperty(name = "accord.base.url")
  Optional<String> baseUrl;

  @Inject HttpServletRequest request;

  private volatile String lastSeen = "http://127.0.0.1:8080";

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
      lastSeen = strip(url.substring(0, url.length() - uri.length()) + request.getContextPath());
      return lastSeen;
    } catch (ContextNotActiveException | IllegalStateException e) {
      return lastSeen;
    }
  }

  private static String strip(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }
}
