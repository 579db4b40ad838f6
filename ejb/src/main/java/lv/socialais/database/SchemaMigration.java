package lv.socialais.database;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the database schema to the version this build expects, with the Flyway migrations
 * under {@code db/migration}. The one place that changes the schema: used by the application
 * at start-up and by the launcher before it starts the server.
 */
public final class SchemaMigration {

    public static final String LOCATION = "classpath:db/migration";

    private SchemaMigration() {}

    /**
     * Applies the pending migrations. Flyway holds a database lock meanwhile, so cluster nodes
     * that start together migrate one after the other; a failed migration throws and leaves
     * the schema at the last version that succeeded.
     */
    public static MigrateResult migrate(DataSource dataSource) {
        return flyway(dataSource).migrate();
    }

    /** One line for the log: the version the schema is at and how many migrations ran now. */
    public static String describe(MigrateResult result) {
        String version = result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion;
        return "Database schema at version " + version + " (" + result.migrationsExecuted + " migrations applied now)";
    }

    private static Flyway flyway(DataSource dataSource) {
        return Flyway.configure(SchemaMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations(LOCATION)
                .validateMigrationNaming(true)
                .load();
    }
}
