package com.market25.admin.staff;

import com.market25.staff.Roles;
import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * The back office signs staff in with Jakarta Security: a form (login.xhtml, {@link LoginBean})
 * checked by {@link StaffIdentityStore}; the session remembers the staff member; pages and their
 * ajax requests are guarded by the roles in web.xml, boundaries by {@code @RolesAllowed}. A page
 * asked for before signing in is shown after it.
 */
@ApplicationScoped
@CustomFormAuthenticationMechanismDefinition(loginToContinue = @LoginToContinue(
        loginPage = "/login.xhtml", useForwardToLogin = false, errorPage = ""))
@DeclareRoles({Roles.ADMIN, Roles.ORDERS, Roles.MARKETING, Roles.SETTLEMENT, Roles.READONLY,
    Roles.MUST_CHANGE_PASSWORD})
public class AdminSecurity {
}
