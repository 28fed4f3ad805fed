package com.market25.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Brings the schema up to date before anything else touches the database, then, in demo mode
 * only, loads the demo data (db/demo) with its own history table: a real installation never
 * gets demo members, products or the demo staff account.
 */
@Singleton
@Startup
public class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Resource(lookup = ContainerResources.DATABASE)
    private DataSource dataSource;

    // Flyway manages its own transactions; inside a JTA one MariaDB answers XAER_RMFAIL.
    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void migrate() {
        var schema = Flyway.configure(SchemaMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                // V2 (demo data) moved to db/demo: databases made before keep it in their history
                .ignoreMigrationPatterns("*:missing")
                // capabilities are built side by side with reserved version ranges (docs/architecture.md):
                // a database that already has a higher version still takes a lower one merged later
                .outOfOrder(true)
                .load()
                .migrate();
        LOG.info(() -> "Schema at version " + schema.targetSchemaVersion
                + ", " + schema.migrationsExecuted + " migration(s) applied");
        if (!DeploymentMode.isDemo()) {
            LOG.info("Demo mode is off (MARKET25_DEMO is not true): no demo data, no demo accounts");
            return;
        }
        var demo = Flyway.configure(SchemaMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/demo")
                .table("flyway_demo_history")
                // the schema is there already: the demo history starts empty beside it
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate();
        LOG.info(() -> "Demo mode: demo data at version " + demo.targetSchemaVersion
                + ", " + demo.migrationsExecuted + " demo migration(s) applied");
    }
}
