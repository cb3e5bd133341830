package org.accord.policy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The texts of {@code legal/} as packed into the WAR ({@code WEB-INF/classes/legal/}). */
@ApplicationScoped
public class LegalSource {

  static final String ROOT = "/WEB-INF/classes/legal/";

  @Inject private ServletContext servletContext;

  /** Every text, ordered by kind, version and language; a malformed file fails loudly. */
  public List<LegalText> all() {
    List<LegalText> texts = new ArrayList<>();
    for (String folder : paths(ROOT)) {
      if (!folder.endsWith("/")) {
        continue;
      }
      for (String file : paths(folder)) {
        if (file.endsWith(".md")) {
          texts.add(LegalTextParser.parse(file.substring(ROOT.length()), read(file)));
        }
      }
    }
    texts.sort(
        Comparator.comparing(LegalText::kind)
            .thenComparing(LegalText::version)
            .thenComparing(LegalText::language));
    return texts;
  }

  /**
   * A data file at the top of legal/ (for example the ages of digital consent), if present. Read
   * from the class path, so that it also works at start-up, outside any request.
   */
  public Optional<String> file(String name) {
    try (InputStream in =
        Thread.currentThread().getContextClassLoader().getResourceAsStream("legal/" + name)) {
      return in == null
          ? Optional.empty()
          : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Set<String> paths(String folder) {
    Set<String> paths = servletContext.getResourcePaths(folder);
    return paths == null ? Set.of() : paths;
  }

  private String read(String path) {
    try (InputStream in = servletContext.getResourceAsStream(path)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
