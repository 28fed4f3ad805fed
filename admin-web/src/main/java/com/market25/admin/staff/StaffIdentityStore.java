package com.market25.admin.staff;

import com.market25.signin.SignInResult;
import com.market25.staff.Roles;
import com.market25.staff.StaffDesk;
import com.market25.staff.StaffRole;
import com.market25.staff.StaffView;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks a staff login through {@link StaffDesk#signIn} (lock and throttle rules included) and
 * gives the caller their roles as groups. A staff member who must change their password gets
 * only {@link Roles#MUST_CHANGE_PASSWORD} until they have.
 */
@ApplicationScoped
public class StaffIdentityStore implements IdentityStore {

    @EJB
    private StaffDesk staffDesk;

    @Inject
    private StaffSignIn attempt;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login) || !attempt.forThisWar(AdminSecurity.class)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        SignInResult<StaffView> result = staffDesk.signIn(login.getCaller(), login.getPasswordAsString(),
                attempt.clientAddress());
        attempt.record(result.outcome(), result.account());
        if (!result.signedIn()) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        return new CredentialValidationResult(result.account().loginId(), groups(result.account()));
    }

    static Set<String> groups(StaffView staff) {
        if (staff.mustChangePassword()) {
            return Set.of(Roles.MUST_CHANGE_PASSWORD);
        }
        return staff.roles().stream().map(StaffRole::roleName).collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public Set<ValidationType> validationTypes() {
        return Set.of(ValidationType.VALIDATE, ValidationType.PROVIDE_GROUPS);
    }
}
