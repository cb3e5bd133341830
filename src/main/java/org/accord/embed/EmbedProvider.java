package org.accord.embed;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One provider of the register: the links it accepts, the embed URL built from them, every domain
 * its embed contacts, its privacy policy and where the domain list came from.
 */
public record EmbedProvider(
    String id,
    String name,
    String company,
    String privacyPolicy,
    List<Pattern> patterns,
    String embedTemplate,
    List<String> domains,
    List<String> sources) {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z]+)}");

  public EmbedProvider {
    patterns = List.copyOf(patterns);
    domains = List.copyOf(domains);
    sources = List.copyOf(sources);
  }

  /** The embed URL for a link of this provider, if the link is one of its patterns. */
  public Optional<String> embedUrl(String link) {
    for (Pattern pattern : patterns) {
      Matcher m = pattern.matcher(link);
      if (m.matches()) {
        Matcher placeholder = PLACEHOLDER.matcher(embedTemplate);
        StringBuilder url = new StringBuilder();
        while (placeholder.find()) {
          String value = m.group(placeholder.group(1));
          placeholder.appendReplacement(
              url, Matcher.quoteReplacement(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        }
        placeholder.appendTail(url);
        return Optional.of(url.toString());
      }
    }
    return Optional.empty();
  }

  /** The origin the embed frame is loaded from (for the frame-src of the viewer's CSP). */
  public String frameOrigin() {
    URI uri = URI.create(embedTemplate.replace("{", "").replace("}", ""));
    return uri.getScheme() + "://" + uri.getHost();
  }

  /** Whether a host name is one of the provider's domains or a subdomain of one. */
  public boolean covers(String host) {
    return domains.stream().anyMatch(d -> host.equals(d) || host.endsWith("." + d));
  }
}
