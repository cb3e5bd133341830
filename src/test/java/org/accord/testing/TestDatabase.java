package org.accord.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Gives every test run an empty database before the server starts, so one run's data (and the time
 * its clock was moved to) never carries into the next: the H2 files are deleted, a PostgreSQL run
 * gets its schema dropped and created again.
 */
final class TestDatabase {

  private TestDatabase() {}

  static void prepare() {
    String url = System.getProperty("it.db.url", "");
    if (url.startsWith("jdbc:h2:file:")) {
      deleteH2Files(url.substring("jdbc:h2:file:".length()).replaceAll(";.*$", ""));
      return;
    }
    if (!url.startsWith("jdbc:postgresql:")) {
      return;
    }
    String schema = url.replaceAll(".*currentSchema=([A-Za-z0-9_]+).*", "$1");
    try (Connection c =
            DriverManager.getConnection(
                url, System.getProperty("it.db.user"), System.getProperty("it.db.password"));
        Statement s = c.createStatement()) {
      s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
      s.execute("CREATE SCHEMA " + schema);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot prepare the PostgreSQL test schema", e);
    }
  }

  private static void deleteH2Files(String base) {
    for (String suffix : new String[] {".mv.db", ".trace.db", ".lock.db"}) {
      try {
        Files.deleteIfExists(Path.of(base + suffix));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot delete the H2 test database " + base, e);
      }
    }
  }
}
