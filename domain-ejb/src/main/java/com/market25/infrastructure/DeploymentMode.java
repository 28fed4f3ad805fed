package com.market25.infrastructure;

/**
 * Demo mode or a real installation. Demo mode (demo data, the gateway simulator, the demo staff
 * account) is switched on only explicitly: the run, start and test commands set
 * {@code MARKET25_DEMO=true} (or the system property {@code market25.demo=true}). Anything else,
 * including nothing at all, is a real installation.
 */
public final class DeploymentMode {

    public static final String ENVIRONMENT_VARIABLE = "MARKET25_DEMO";
    public static final String SYSTEM_PROPERTY = "market25.demo";

    private DeploymentMode() {
    }

    public static boolean isDemo() {
        String value = System.getProperty(SYSTEM_PROPERTY);
        if (value == null || value.isBlank()) {
            value = System.getenv(ENVIRONMENT_VARIABLE);
        }
        return value != null && value.trim().equalsIgnoreCase("true");
    }
}
