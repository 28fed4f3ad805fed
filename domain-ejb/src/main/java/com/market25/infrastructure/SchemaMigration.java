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
 * Brings the schema and the demo data up to date before anything else touches the database.
 * Flyway records what it applied, so the demo data is loaded exactly once per database.
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
        var result = Flyway.configure(SchemaMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        LOG.info(() -> "Schema at version " + result.targetSchemaVersion
                + ", " + result.migrationsExecuted + " migration(s) applied");
    }
}
