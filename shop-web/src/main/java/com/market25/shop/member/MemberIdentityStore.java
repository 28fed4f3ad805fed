package com.market25.shop.member;

import com.market25.member.MemberDesk;
import com.market25.member.MemberView;
import com.market25.signin.SignInResult;
import com.market25.staff.Roles;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Set;

/**
 * Checks a member's login id and password through {@link MemberDesk#signIn}, which applies the
 * lock and throttle rules; the outcome (locked, throttled…) is kept for the sign-in page.
 */
@ApplicationScoped
public class MemberIdentityStore implements IdentityStore {

    @EJB
    private MemberDesk members;

    @Inject
    private MemberSignIn attempt;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login) || !attempt.forThisWar(MemberSecurity.class)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        SignInResult<MemberView> result = members.signIn(login.getCaller(), login.getPasswordAsString(),
                attempt.clientAddress());
        attempt.record(result.outcome(), result.account());
        return result.signedIn()
                ? new CredentialValidationResult(result.account().loginId(), Set.of(Roles.CUSTOMER))
                : CredentialValidationResult.INVALID_RESULT;
    }

    @Override
    public Set<ValidationType> validationTypes() {
        return Set.of(ValidationType.VALIDATE, ValidationType.PROVIDE_GROUPS);
    }
}
