package com.market25.staff;

import com.market25.audit.AuditAction;
import com.market25.audit.AuditTarget;
import com.market25.audit.AuditTrail;
import com.market25.common.Checks;
import com.market25.common.InvalidInputException;
import com.market25.common.PasswordHasher;
import com.market25.infrastructure.DeploymentMode;
import com.market25.signin.PasswordSignIn;
import com.market25.signin.SignInOutcome;
import com.market25.signin.SignInRecord;
import com.market25.signin.SignInResult;
import com.market25.signin.SignInThrottle;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Staff accounts of the back office (ADM-02): signing in with the same limits as the
 * storefront, choosing one's own password (first sign-in, after a reset), and, for 운영자,
 * creating accounts, giving roles, resetting passwords and lifting locks, each logged (ADM-04).
 * Accounts without a password (WEB_MASTER) cannot sign in.
 */
@Stateless
public class StaffDesk {

    private static final Pattern LOGIN_ID = Pattern.compile("^[a-zA-Z][a-zA-Z0-9_.-]{2,29}$");
    private static final Pattern BRANCH = Pattern.compile("^\\d{4}$");
    static final String REALM = "staff";
    static final int MIN_PASSWORD_LENGTH = 12;
    static final int MAX_PASSWORD_LENGTH = PasswordSignIn.MAX_PASSWORD_LENGTH;

    @PersistenceContext
    private EntityManager em;

    @EJB
    private SignInThrottle throttle;

    @EJB
    private AuditTrail audit;

    /**
     * Signs a staff member in. Unknown ids, wrong passwords, inactive and password-less accounts,
     * and demo accounts outside demo mode all answer {@link SignInOutcome#REFUSED} after the same
     * work; five failures in a row lock the account for 15 minutes.
     */
    @PermitAll
    public SignInResult<StaffView> signIn(String loginId, String password, String clientAddress) {
        return new PasswordSignIn<>(REALM, AuditTarget.STAFF, new PasswordSignIn.Accounts<Staff>() {
            @Override
            public Optional<Staff> usable(String login) {
                return StaffDesk.this.usable(login);
            }

            @Override
            public String passwordHash(Staff staff) {
                return staff.getPasswordHash();
            }

            @Override
            public SignInRecord record(Staff staff) {
                return staff.signIn();
            }

            @Override
            public void rehash(Staff staff, String newHash) {
                staff.rehashPassword(newHash);
            }

            @Override
            public String loginId(Staff staff) {
                return staff.getLoginId();
            }
        }, em, throttle, audit).attempt(loginId, password, clientAddress, Staff::view);
    }

    /**
     * The staff member replaces their own password (required at first sign-in and after a
     * reset). The current password is asked again; a wrong one counts as a failed sign-in.
     */
    @PermitAll
    public StaffView changeOwnPassword(String loginId, String currentPassword, String newPassword,
            String newPasswordConfirm, String clientAddress) {
        Staff staff = usable(loginId == null ? "" : loginId.trim())
                .orElseThrow(() -> InvalidInputException.of("currentPassword", "error.login"));
        em.lock(staff, LockModeType.PESSIMISTIC_WRITE);
        LocalDateTime now = LocalDateTime.now();
        if (staff.signIn().isLocked(now)) {
            throw InvalidInputException.of("currentPassword", "error.loginLocked");
        }
        Checks checks = new Checks().required("currentPassword", currentPassword);
        checkNewPassword(checks, staff.getLoginId(), newPassword, newPasswordConfirm);
        if (!checks.has("currentPassword") && !PasswordHasher.matches(currentPassword, staff.getPasswordHash())) {
            // committed on purpose: guessing through this form locks the account too
            throttle.recordFailure(clientAddress);
            staff.signIn().recordFailure(now);
            em.flush();
            return failPasswordChange("currentPassword", "error.currentPassword");
        }
        if (!checks.has("newPassword") && PasswordHasher.matches(newPassword, staff.getPasswordHash())) {
            checks.reject("newPassword", "error.passwordSame");
        }
        checks.throwIfAny();
        staff.changePassword(PasswordHasher.hash(newPassword), now);
        audit.record(staff.getLoginId(), AuditAction.STAFF_PASSWORD_CHANGED, AuditTarget.STAFF, staff.getLoginId(),
                null, clientAddress);
        return staff.view();
    }

    // the failure count must survive: answer with an error instead of rolling back
    private StaffView failPasswordChange(String field, String key) {
        throw new RefusedPasswordChange(field, key);
    }

    @RolesAllowed({Roles.ADMIN, Roles.READONLY})
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<StaffAccount> accounts() {
        LocalDateTime now = LocalDateTime.now();
        return em.createQuery("select s from Staff s where s.passwordHash is not null order by s.loginId",
                        Staff.class)
                .getResultStream()
                .map(s -> s.account(now))
                .toList();
    }

    /** 운영자 creates an account with a temporary password its owner must replace. */
    @RolesAllowed(Roles.ADMIN)
    public StaffAccount create(String loginId, String name, String branchCode, Set<StaffRole> roles,
            String temporaryPassword, String by) {
        Checks checks = new Checks()
                .required("loginId", loginId)
                .required("name", name)
                .required("branchCode", branchCode)
                .maxLength("loginId", loginId, 30)
                .maxLength("name", name, 60)
                .maxLength("branchCode", branchCode, 4)
                .that(roles != null && !roles.isEmpty(), "roles", "error.rolesRequired");
        if (!checks.has("loginId") && !LOGIN_ID.matcher(loginId.trim()).matches()) {
            checks.reject("loginId", "error.staffLoginId");
        }
        if (!checks.has("branchCode") && !BRANCH.matcher(branchCode.trim()).matches()) {
            checks.reject("branchCode", "error.branchCode");
        }
        checkNewPassword(checks, loginId == null ? "" : loginId.trim(), temporaryPassword, temporaryPassword);
        if (!checks.has("loginId") && byLogin(loginId.trim()).isPresent()) {
            checks.reject("loginId", "error.loginTaken");
        }
        checks.throwIfAny();
        LocalDateTime now = LocalDateTime.now();
        Staff staff = new Staff(loginId.trim(), name.trim(), branchCode.trim(), roles,
                PasswordHasher.hash(temporaryPassword), by, now);
        em.persist(staff);
        audit.record(by, AuditAction.STAFF_CREATED, AuditTarget.STAFF, staff.getLoginId(), "roles=" + names(roles),
                null);
        return staff.account(now);
    }

    @RolesAllowed(Roles.ADMIN)
    public StaffAccount changeRoles(String loginId, Set<StaffRole> roles, String by) {
        Staff staff = lockedForChange(loginId);
        if (roles == null || roles.isEmpty()) {
            throw InvalidInputException.of("roles", "error.rolesRequired");
        }
        if (staff.getLoginId().equals(by) && !roles.contains(StaffRole.ADMIN)) {
            // nobody locks themselves, and with them possibly everyone, out of staff management
            throw InvalidInputException.of("roles", "error.ownAdminRole");
        }
        String before = names(staff.roles());
        staff.changeRoles(roles, by, LocalDateTime.now());
        audit.record(by, AuditAction.STAFF_ROLES_CHANGED, AuditTarget.STAFF, staff.getLoginId(),
                before + " -> " + names(roles), null);
        return staff.account(LocalDateTime.now());
    }

    /** A temporary password set by 운영자; the owner must change it at next sign-in. */
    @RolesAllowed(Roles.ADMIN)
    public StaffAccount resetPassword(String loginId, String temporaryPassword, String by) {
        Staff staff = lockedForChange(loginId);
        Checks checks = new Checks();
        checkNewPassword(checks, staff.getLoginId(), temporaryPassword, temporaryPassword);
        checks.throwIfAny();
        staff.resetPassword(PasswordHasher.hash(temporaryPassword), by, LocalDateTime.now());
        audit.record(by, AuditAction.STAFF_PASSWORD_RESET, AuditTarget.STAFF, staff.getLoginId(), null, null);
        return staff.account(LocalDateTime.now());
    }

    @RolesAllowed(Roles.ADMIN)
    public StaffAccount setActive(String loginId, boolean active, String by) {
        Staff staff = lockedForChange(loginId);
        if (!active && staff.getLoginId().equals(by)) {
            throw InvalidInputException.of("loginId", "error.ownAccount");
        }
        staff.activate(active, by, LocalDateTime.now());
        audit.record(by, active ? AuditAction.STAFF_ACTIVATED : AuditAction.STAFF_DEACTIVATED, AuditTarget.STAFF,
                staff.getLoginId(), null, null);
        return staff.account(LocalDateTime.now());
    }

    @RolesAllowed(Roles.ADMIN)
    public StaffAccount unlock(String loginId, String by) {
        Staff staff = lockedForChange(loginId);
        staff.signIn().unlock();
        audit.record(by, AuditAction.ACCOUNT_UNLOCKED, AuditTarget.STAFF, staff.getLoginId(), null, null);
        return staff.account(LocalDateTime.now());
    }

    /** True when some active account holding 운영자 can sign in (a real installation needs one). */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public boolean hasAdministrator() {
        return em.createQuery("select count(s) from Staff s join s.roles r where r = :admin and s.active = true"
                        + " and s.passwordHash is not null and s.demoAccount = false", Long.class)
                .setParameter("admin", StaffRole.ADMIN)
                .getSingleResult() > 0;
    }

    /**
     * The first 운영자 of a real installation, from configuration at first start; they must
     * choose their own password at first sign-in. Does nothing when an administrator exists.
     */
    @PermitAll
    public boolean createFirstAdministrator(String loginId, String temporaryPassword) {
        if (hasAdministrator()) {
            return false;
        }
        create(loginId, "운영자", "0040", EnumSet.allOf(StaffRole.class), temporaryPassword, "SYSTEM:bootstrap");
        return true;
    }

    private Optional<Staff> byLogin(String loginId) {
        return em.createQuery("select s from Staff s where s.loginId = :login", Staff.class)
                .setParameter("login", loginId)
                .getResultStream()
                .findFirst();
    }

    /** Accounts that may sign in at all: active, with a password, demo accounts in demo mode only. */
    private Optional<Staff> usable(String loginId) {
        return byLogin(loginId)
                .filter(Staff::isActive)
                .filter(s -> s.getPasswordHash() != null)
                .filter(s -> !s.isDemoAccount() || DeploymentMode.isDemo());
    }

    private Staff lockedForChange(String loginId) {
        Staff staff = byLogin(loginId == null ? "" : loginId.trim())
                .filter(s -> s.getPasswordHash() != null)
                .orElseThrow(() -> InvalidInputException.of("loginId", "error.staffUnknown"));
        em.lock(staff, LockModeType.PESSIMISTIC_WRITE);
        return staff;
    }

    static void checkNewPassword(Checks checks, String loginId, String password, String confirm) {
        checks.required("newPassword", password).maxLength("newPassword", password, MAX_PASSWORD_LENGTH);
        if (!checks.has("newPassword") && password.length() < MIN_PASSWORD_LENGTH) {
            checks.reject("newPassword", "error.staffPasswordShort");
        }
        if (!checks.has("newPassword") && !loginId.isEmpty()
                && password.toLowerCase(java.util.Locale.ROOT).contains(loginId.toLowerCase(java.util.Locale.ROOT))) {
            checks.reject("newPassword", "error.passwordHasLogin");
        }
        if (!checks.has("newPassword") && !password.equals(confirm)) {
            checks.reject("newPasswordConfirm", "error.passwordMismatch");
        }
    }

    private static String names(Set<StaffRole> roles) {
        return roles.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }
}
