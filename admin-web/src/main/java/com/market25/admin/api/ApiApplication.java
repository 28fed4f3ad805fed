package com.market25.admin.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * The back office's JSON API under {@code /admin/api}. Staff authenticate with HTTP Basic on
 * every request (no session, so no cookie an other site could ride on); the roles come from the
 * same identity store as the screens ({@code AdminSecurity}), checked by the constraint on
 * {@code /api/*} in web.xml and by {@code @RolesAllowed} on the boundaries. Errors are problem
 * details ({@link Problem}) with Korean messages.
 */
@ApplicationPath("api")
public class ApiApplication extends Application {
}
