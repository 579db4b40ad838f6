package lv.socialais.database;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * The application's database: defines the connection pool from configuration (DB_URL,
 * DB_USER, DB_PASSWORD) and migrates the schema before anything else uses it. A failed
 * migration fails the deployment, so the portal never serves a half-migrated schema.
 */
@DataSourceDefinition(
        name = DatabaseStartup.DATA_SOURCE,
        className = "org.mariadb.jdbc.MariaDbDataSource",
        url = "${MPCONFIG=DB_URL}",
        user = "${MPCONFIG=DB_USER}",
        password = "${MPCONFIG=DB_PASSWORD}",
        initialPoolSize = 2,
        minPoolSize = 2,
        maxPoolSize = 32,
        properties = {
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=custom-validation",
            "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.MySQLConnectionValidation",
            // A connection is checked when it is taken, but at most once in 5 s: Payara loads the
            // validation class by name for every check, through the application's class loader,
            // which takes a lock; checked on every take, the intake's threads queued on it.
            "fish.payara.validate-atmost-once-period-in-seconds=5"
        })
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseStartup {

    public static final String DATA_SOURCE = "java:app/jdbc/portal";

    private static final Logger LOG = Logger.getLogger(DatabaseStartup.class.getName());

    @Resource(lookup = DATA_SOURCE)
    private DataSource dataSource;

    @Inject
    @ConfigProperty(name = "DB_MIGRATE_ON_START", defaultValue = "true")
    private boolean migrateOnStart;

    @PostConstruct
    void migrate() {
        if (!migrateOnStart) {
            LOG.info("Schema migration at start-up is switched off (DB_MIGRATE_ON_START=false)");
            return;
        }
        MigrateResult result = SchemaMigration.migrate(dataSource);
        LOG.info(() -> SchemaMigration.describe(result));
    }
}
