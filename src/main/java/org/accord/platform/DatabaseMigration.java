package org.accord.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Brings the schema up to date with Flyway before anything else touches the database. Runs at
 * start-up on every node; Flyway's own lock keeps concurrent nodes from migrating twice.
 */
@ApplicationScoped
public class DatabaseMigration {

  /** Observers of this event run after the schema is current. */
  public static final class Migrated {}

  private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

  @Resource(lookup = "jdbc/accord")
  private DataSource dataSource;

  @Inject private Event<Migrated> migrated;

  void onStart(@Observes Startup startup) {
    migrate();
  }

  void migrate() {
    var result =
        Flyway.configure(getClass().getClassLoader())
            .dataSource(dataSource)
            .locations("classpath:db/migration")
            .load()
            .migrate();
    LOG.info(() -> "Database schema at version " + result.targetSchemaVersion);
    migrated.fire(new Migrated());
  }
}
