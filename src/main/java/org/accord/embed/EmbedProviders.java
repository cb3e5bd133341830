package org.accord.embed;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The register of embed providers, read from {@code legal/embed-providers.json} (shipped in the
 * WAR), and the one place that turns a pasted link into an embed: HTTPS only, never a script or
 * data URL, only links of a registered provider.
 */
@ApplicationScoped
public class EmbedProviders {

  static final String FILE = "legal/embed-providers.json";
  static final int MAX_LINK_LENGTH = 2000;
  private static final Set<String> NEVER =
      Set.of("javascript", "data", "vbscript", "file", "blob", "filesystem");

  /** A link resolved to its provider and the embed URL to load after consent. */
  public record Embed(EmbedProvider provider, String link, String embedUrl) {}

  private List<EmbedProvider> providers;

  @PostConstruct
  void load() {
    try (InputStream in =
        Thread.currentThread().getContextClassLoader().getResourceAsStream(FILE)) {
      if (in == null) {
        throw new IllegalStateException(FILE + " is missing from the application");
      }
      providers = parse(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** For tests and tools: a register read from elsewhere. */
  static EmbedProviders of(List<EmbedProvider> providers) {
    EmbedProviders register = new EmbedProviders();
    register.providers = List.copyOf(providers);
    return register;
  }

  public List<EmbedProvider> all() {
    return providers;
  }

  public Optional<EmbedProvider> find(String id) {
    return providers.stream().filter(p -> p.id().equals(id)).findFirst();
  }

  /**
   * The embed for a pasted link, or an {@link EmbedLinkException} saying why there is none: not a
   * URL, not HTTPS, a script or data URL, a provider's page that is not embeddable, or no known
   * provider.
   */
  public Embed resolve(String pasted) {
    String link = pasted == null ? "" : pasted.strip();
    if (link.isEmpty()) {
      throw new EmbedLinkException("embed.link.required");
    }
    if (link.length() > MAX_LINK_LENGTH) {
      throw new EmbedLinkException("embed.link.tooLong");
    }
    URI uri;
    try {
      uri = new URI(link);
    } catch (URISyntaxException e) {
      throw new EmbedLinkException("embed.link.invalid");
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (NEVER.contains(scheme)) {
      throw new EmbedLinkException("embed.link.scheme");
    }
    if (!scheme.equals("https")) {
      throw new EmbedLinkException(
          scheme.equals("http") ? "embed.link.https" : "embed.link.invalid");
    }
    if (uri.getRawUserInfo() != null || uri.getHost() == null || uri.getPort() != -1) {
      throw new EmbedLinkException("embed.link.invalid");
    }
    String host = uri.getHost().toLowerCase(Locale.ROOT);
    String normalized =
        "https://"
            + host
            + (uri.getRawPath() == null ? "" : uri.getRawPath())
            + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
            + (uri.getRawFragment() == null ? "" : "#" + uri.getRawFragment());
    for (EmbedProvider provider : providers) {
      Optional<String> embed = provider.embedUrl(normalized);
      if (embed.isPresent()) {
        return new Embed(provider, normalized, embed.get());
      }
    }
    Optional<EmbedProvider> owner = providers.stream().filter(p -> p.covers(host)).findFirst();
    if (owner.isPresent()) {
      throw new EmbedLinkException("embed.link.unsupported", owner.get().name());
    }
    throw new EmbedLinkException(
        "embed.link.unknown",
        String.join(", ", providers.stream().map(EmbedProvider::name).toList()));
  }

  /** Reads and checks the register; a broken register stops the application from starting. */
  static List<EmbedProvider> parse(InputStream in) {
    List<EmbedProvider> found = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    try (JsonReader reader = Json.createReader(in)) {
      for (JsonValue value : reader.readObject().getJsonArray("providers")) {
        JsonObject p = value.asJsonObject();
        String id = p.getString("id");
        List<Pattern> patterns = new ArrayList<>();
        for (String regex : strings(p, "patterns")) {
          if (!regex.startsWith("^https://")) {
            throw new IllegalStateException(id + ": a pattern must accept HTTPS links only");
          }
          try {
            patterns.add(Pattern.compile(regex));
          } catch (PatternSyntaxException e) {
            throw new IllegalStateException(id + ": " + e.getDescription(), e);
          }
        }
        EmbedProvider provider =
            new EmbedProvider(
                id,
                p.getString("name"),
                p.getString("company"),
                p.getString("privacyPolicy"),
                patterns,
                p.getString("embed"),
                strings(p, "domains"),
                strings(p, "sources"));
        check(provider, ids);
        found.add(provider);
      }
    }
    if (found.isEmpty()) {
      throw new IllegalStateException(FILE + " lists no provider");
    }
    return List.copyOf(found);
  }

  private static void check(EmbedProvider p, Set<String> ids) {
    if (!ids.add(p.id())) {
      throw new IllegalStateException(p.id() + " is listed twice");
    }
    if (p.patterns().isEmpty() || p.domains().isEmpty() || p.sources().isEmpty()) {
      throw new IllegalStateException(p.id() + ": patterns, domains and sources are required");
    }
    if (!p.embedTemplate().startsWith("https://") || !p.privacyPolicy().startsWith("https://")) {
      throw new IllegalStateException(p.id() + ": embed and privacy policy must be HTTPS");
    }
    String frameHost = URI.create(p.frameOrigin()).getHost();
    if (!p.covers(frameHost)) {
      throw new IllegalStateException(p.id() + ": the embed's own host is not in its domains");
    }
  }

  private static List<String> strings(JsonObject o, String key) {
    return o.getJsonArray(key).getValuesAs(JsonString.class).stream()
        .map(JsonString::getString)
        .toList();
  }
}
