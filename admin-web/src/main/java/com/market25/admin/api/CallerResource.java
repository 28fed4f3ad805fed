package com.market25.admin.api;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.security.enterprise.SecurityContext;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import com.market25.staff.Roles;
import java.util.List;

/** {@code GET /admin/api/me}: who the API took the caller for, and with which roles. */
@Path("me")
public class CallerResource {

    @Inject
    private SecurityContext security;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public String me() {
        JsonArrayBuilder roles = Json.createArrayBuilder();
        for (String role : List.of(Roles.ADMIN, Roles.ORDERS, Roles.MARKETING, Roles.SETTLEMENT, Roles.READONLY)) {
            if (security.isCallerInRole(role)) {
                roles.add(role);
            }
        }
        return Json.createObjectBuilder()
                .add("login", security.getCallerPrincipal().getName())
                .add("roles", roles)
                .build().toString();
    }
}
