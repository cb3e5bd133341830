package org.accord.embed;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The provider register as the repository holds it, for tests that compare pages with it. */
public final class TestRegister {

  private TestRegister() {}

  public static List<EmbedProvider> all() {
    try (InputStream in = Files.newInputStream(Path.of("legal", "embed-providers.json"))) {
      return EmbedProviders.parse(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static EmbedProvider provider(String id) {
    return all().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
  }
}
