package com.market25.staff;

import com.market25.common.InvalidInputException;
import com.market25.infrastructure.DeploymentMode;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.util.logging.Logger;

/**
 * The first 운영자 of a real installation. A database made without demo mode has no account
 * anybody knows the password of; on first start the account named by
 * {@code MARKET25_INITIAL_ADMIN} is created with the temporary password
 * {@code MARKET25_INITIAL_ADMIN_PASSWORD}, which must be changed at the first sign-in. Once an
 * administrator exists the variables are ignored (and can be removed).
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class StaffBootstrap {

    private static final Logger LOG = Logger.getLogger(StaffBootstrap.class.getName());
    public static final String LOGIN_VARIABLE = "MARKET25_INITIAL_ADMIN";
    public static final String PASSWORD_VARIABLE = "MARKET25_INITIAL_ADMIN_PASSWORD";

    @EJB
    private StaffDesk staff;

    @PostConstruct
    void createFirstAdministrator() {
        if (staff.hasAdministrator()) {
            return;
        }
        String login = setting(LOGIN_VARIABLE);
        String password = setting(PASSWORD_VARIABLE);
        if (login == null || password == null) {
            if (!DeploymentMode.isDemo()) {
                LOG.warning("No administrator can sign in to the back office yet. Set " + LOGIN_VARIABLE + " and "
                        + PASSWORD_VARIABLE + " (at least 12 characters) and restart: the account is created"
                        + " once, and its password must be changed at the first sign-in.");
            }
            return;
        }
        try {
            if (staff.createFirstAdministrator(login, password)) {
                LOG.info(() -> "Created the first administrator '" + login.trim()
                        + "'; the password must be changed at the first sign-in");
            }
        } catch (InvalidInputException e) {
            LOG.severe("The first administrator was not created: " + e.fieldErrors()
                    + " (login id: a letter then 3-30 letters, digits, _ . -; password: at least 12 characters,"
                    + " not containing the login id)");
        }
    }

    private static String setting(String name) {
        String value = System.getProperty(name.toLowerCase(java.util.Locale.ROOT).replace('_', '.'));
        if (value == null || value.isBlank()) {
            value = System.getenv(name);
        }
        return value == null || value.isBlank() ? null : value;
    }
}
