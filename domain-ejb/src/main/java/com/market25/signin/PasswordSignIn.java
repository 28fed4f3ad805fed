package com.market25.signin;

import com.market25.audit.AuditAction;
import com.market25.audit.AuditTarget;
import com.market25.audit.AuditTrail;
import com.market25.common.PasswordHasher;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.function.Function;

/**
 * The one sign-in procedure of members and staff, in the caller's transaction. An unknown id, a
 * wrong password and an account that may not sign in all answer {@link SignInOutcome#REFUSED}
 * after the same work (a decoy hash is verified); five failures in a row lock the account for 15
 * minutes, even for the right password; an address with too many failures is throttled; an old
 * hash is replaced at a successful sign-in.
 *
 * @param <A> the account entity; its fields stay package-private to its own package
 */
public final class PasswordSignIn<A> {

    /** Longest password looked at: hashing a megabyte of "password" is work an attacker chooses. */
    public static final int MAX_PASSWORD_LENGTH = 200;
    private static final int MAX_LOGIN_LENGTH = 30;

    /** How the procedure reaches an account's sign-in data. */
    public interface Accounts<A> {
        /** The account with this login id that may sign in at all. */
        Optional<A> usable(String loginId);

        String passwordHash(A account);

        SignInRecord record(A account);

        void rehash(A account, String newHash);

        String loginId(A account);
    }

    private final String realm;
    private final AuditTarget target;
    private final Accounts<A> accounts;
    private final EntityManager em;
    private final SignInThrottle throttle;
    private final AuditTrail audit;

    public PasswordSignIn(String realm, AuditTarget target, Accounts<A> accounts, EntityManager em,
            SignInThrottle throttle, AuditTrail audit) {
        this.realm = realm;
        this.target = target;
        this.accounts = accounts;
        this.em = em;
        this.throttle = throttle;
        this.audit = audit;
    }

    public <V extends Serializable> SignInResult<V> attempt(String loginId, String password, String clientAddress,
            Function<A, V> view) {
        if (throttle.isThrottled(clientAddress)) {
            return SignInResult.of(SignInOutcome.THROTTLED);
        }
        String login = loginId == null ? "" : loginId.trim();
        A account = login.isEmpty() || login.length() > MAX_LOGIN_LENGTH || password == null
                || password.length() > MAX_PASSWORD_LENGTH ? null : accounts.usable(login).orElse(null);
        LocalDateTime now = LocalDateTime.now();
        if (account == null) {
            PasswordHasher.verifyDecoy(password);
            throttle.recordFailure(clientAddress);
            boolean locked = !login.isEmpty() && (throttle.isUnknownLoginLocked(realm, login)
                    || throttle.recordUnknownLogin(realm, login));
            return SignInResult.of(locked ? SignInOutcome.LOCKED : SignInOutcome.REFUSED);
        }
        boolean matches = PasswordHasher.matches(password, accounts.passwordHash(account));
        // the failure count is read and written under the row lock: parallel guesses all count
        em.lock(account, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(account);
        SignInRecord record = accounts.record(account);
        if (record.isLocked(now)) {
            if (!matches) {
                throttle.recordFailure(clientAddress);
            }
            return SignInResult.of(SignInOutcome.LOCKED);
        }
        if (!matches) {
            throttle.recordFailure(clientAddress);
            if (record.recordFailure(now)) {
                audit.record("SYSTEM", AuditAction.ACCOUNT_LOCKED, target, accounts.loginId(account),
                        SignInRecord.MAX_FAILURES + " failed sign-ins", clientAddress);
                return SignInResult.of(SignInOutcome.LOCKED);
            }
            return SignInResult.of(SignInOutcome.REFUSED);
        }
        record.recordSuccess(now);
        if (PasswordHasher.needsRehash(accounts.passwordHash(account))) {
            accounts.rehash(account, PasswordHasher.hash(password));
        }
        return SignInResult.signedIn(view.apply(account));
    }
}
