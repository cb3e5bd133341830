package org.accord.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Gives a PostgreSQL test run an empty schema of its own before the server starts, so the shared
 * database never carries one run's tables into the next. (H2 runs use a file under target/.)
 */
final class TestDatabase {

  private TestDatabase() {}

  static void prepare() {
    String url = System.getProperty("it.db.url", "");
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
}
