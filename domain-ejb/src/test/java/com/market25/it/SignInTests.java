package com.market25.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.market25.common.InvalidInputException;
import com.market25.member.Gender;
import com.market25.member.JoinRequest;
import com.market25.member.MemberDesk;
import com.market25.signin.SignInOutcome;
import com.market25.signin.SignInThrottle;
import com.market25.staff.StaffAccount;
import com.market25.staff.StaffDesk;
import com.market25.staff.StaffRole;
import com.market25.staff.StaffView;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.EnumSet;
import java.util.concurrent.ThreadLocalRandom;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Sign-in limits and staff accounts (SHOP-04, ADM-02, ADM-04) on the real container and
 * database: account locks, the same answer for unknown ids, stronger hashes at sign-in, the
 * first password change, roles enforced by the boundaries, and the audit log.
 */
abstract class SignInTests extends SettlementGuardTests {

    private static final String OLD_PBKDF2 =
            "pbkdf2$60000$TwRmaAZHjXTSTAznt2E+wg==$4CYScx2K4FsBP5gyzMI27P3mD5v01up0Qia6tAZxJKU=";


    private MemberDesk members;
    private StaffDesk staff;
    private Db db;

    @BeforeEach
    void lookUpSignIn() throws NamingException {
        members = InitialContext.doLookup("java:module/MemberDesk!" + MemberDesk.class.getName());
        staff = InitialContext.doLookup("java:module/StaffDesk!" + StaffDesk.class.getName());
        db = new Db();
    }

    @Test
    @DisplayName("SHOP-04: five failures lock a member, the right password is refused too, 운영자 unlocks")
    void shop04MemberLockedAfterFiveFailuresUntilUnlocked() throws Exception {
        String login = newMember();
        String address = uniqueAddress();
        for (int i = 1; i <= 4; i++) {
            assertEquals(SignInOutcome.REFUSED, members.signIn(login, "wrong-" + i, address).outcome());
        }
        assertEquals(SignInOutcome.LOCKED, members.signIn(login, "wrong-5", address).outcome(), "the fifth locks");
        assertEquals(SignInOutcome.LOCKED, members.signIn(login, "market25!", address).outcome(),
                "locked even with the right password");
        assertEquals(1, db.count("select count(*) from audit_log where action = 'ACCOUNT_LOCKED'"
                + " and target_type = 'MEMBER' and target_id = ?", login), "the lock is logged");

        Acting.assertDenied(() -> Acting.asReadOnly().run(() -> members.unlock(login, "viewer")),
                "조회전용 cannot unlock");
        Acting.asAdministrator().run(() -> members.unlock(login, "it-admin"));

        assertTrue(members.signIn(login, "market25!", address).signedIn(), "open again after the unlock");
        assertEquals(1, db.count("select count(*) from audit_log where action = 'ACCOUNT_UNLOCKED'"
                + " and target_id = ? and actor = 'it-admin'", login));
    }

    @Test
    @DisplayName("SHOP-04: an unknown login id answers like a wrong password, and locks the same way")
    void shop04UnknownIdAnswersLikeAWrongPassword() {
        String address = uniqueAddress();
        String nobody = "nobody" + ThreadLocalRandom.current().nextInt(1_000_000);
        String somebody = newMember();
        assertEquals(members.signIn(somebody, "wrong", address).outcome(),
                members.signIn(nobody, "wrong", address).outcome());
        for (int i = 2; i <= 4; i++) {
            assertEquals(SignInOutcome.REFUSED, members.signIn(nobody, "wrong", address).outcome());
        }
        assertEquals(SignInOutcome.LOCKED, members.signIn(nobody, "wrong", address).outcome(),
                "an unknown id locks after five failures like a real account");
    }

    @Test
    @DisplayName("SHOP-04: too many failures from one address are throttled, other addresses are not")
    void shop04FailuresFromOneAddressAreThrottled() {
        String address = uniqueAddress();
        for (int i = 0; i < SignInThrottle.DEFAULT_FAILURES_PER_ADDRESS; i++) {
            members.signIn("nobody" + i + "x" + ThreadLocalRandom.current().nextInt(1_000_000), "wrong", address);
        }
        String login = newMember();
        assertEquals(SignInOutcome.THROTTLED, members.signIn(login, "market25!", address).outcome());
        assertTrue(members.signIn(login, "market25!", uniqueAddress()).signedIn());
    }

    @Test
    @DisplayName("SHOP-04: a first-journey PBKDF2 hash signs in once and is replaced by Argon2id")
    void shop04OldHashIsReplacedAtSignIn() throws Exception {
        String login = newMember();
        update("update member set password_hash = ? where login_id = ?", OLD_PBKDF2, login);

        assertTrue(members.signIn(login, "market25!", uniqueAddress()).signedIn());

        String stored = (String) db.value("select password_hash from member where login_id = ?", login);
        assertTrue(stored.startsWith("argon2id$v=19$m=19456,t=2,p=1$"), stored);
        assertTrue(members.signIn(login, "market25!", uniqueAddress()).signedIn(), "the new hash signs in");
    }

    @Test
    @DisplayName("demo accounts sign in only in demo mode")
    void demoAccountsSignInOnlyInDemoMode() {
        String before = System.getProperty("market25.demo");
        try {
            System.setProperty("market25.demo", "true");
            assertTrue(members.signIn("minjae", "market25!", uniqueAddress()).signedIn(), "demo mode");
            assertTrue(staff.signIn("admin", "market25!", uniqueAddress()).signedIn(), "demo mode");
            System.setProperty("market25.demo", "false");
            assertEquals(SignInOutcome.REFUSED, members.signIn("minjae", "market25!", uniqueAddress()).outcome());
            assertEquals(SignInOutcome.REFUSED, staff.signIn("admin", "market25!", uniqueAddress()).outcome());
        } finally {
            if (before == null) {
                System.clearProperty("market25.demo");
            } else {
                System.setProperty("market25.demo", before);
            }
        }
    }

    @Test
    @DisplayName("ADM-02: a new staff account must replace its temporary password before its roles apply")
    void adm02NewStaffMustChangeTheTemporaryPassword() throws Exception {
        String login = "clerk" + ThreadLocalRandom.current().nextInt(1_000_000);
        StaffAccount created = Acting.asAdministrator().call(() -> staff.create(login, "주문 담당", "0040",
                EnumSet.of(StaffRole.ORDERS), "임시비밀번호-2026-12", "it-admin"));
        assertTrue(created.mustChangePassword());

        StaffView first = staff.signIn(login, "임시비밀번호-2026-12", uniqueAddress()).account();
        assertTrue(first.mustChangePassword(), "must change at the first sign-in");

        InvalidInputException sameAsBefore = assertThrows(InvalidInputException.class, () -> staff.changeOwnPassword(
                login, "임시비밀번호-2026-12", "임시비밀번호-2026-12", "임시비밀번호-2026-12", uniqueAddress()));
        assertEquals("error.passwordSame", sameAsBefore.fieldErrors().get("newPassword"));
        InvalidInputException tooShort = assertThrows(InvalidInputException.class, () -> staff.changeOwnPassword(
                login, "임시비밀번호-2026-12", "short", "short", uniqueAddress()));
        assertEquals("error.staffPasswordShort", tooShort.fieldErrors().get("newPassword"));

        staff.changeOwnPassword(login, "임시비밀번호-2026-12", "주문 담당의 긴 비밀번호", "주문 담당의 긴 비밀번호",
                uniqueAddress());

        StaffView after = staff.signIn(login, "주문 담당의 긴 비밀번호", uniqueAddress()).account();
        assertFalse(after.mustChangePassword());
        assertEquals(EnumSet.of(StaffRole.ORDERS), after.roles());
        assertEquals(SignInOutcome.REFUSED, staff.signIn(login, "임시비밀번호-2026-12", uniqueAddress()).outcome());
        assertEquals(2, db.count("select count(*) from audit_log where target_type = 'STAFF' and target_id = ?"
                + " and action in ('STAFF_CREATED', 'STAFF_PASSWORD_CHANGED')", login), "both logged");
    }

    @Test
    @DisplayName("ADM-02: only 운영자 changes roles; 조회전용 may look but not change")
    void adm02OnlyAdministratorsChangeRoles() throws Exception {
        String login = "viewer" + ThreadLocalRandom.current().nextInt(1_000_000);
        Acting.asAdministrator().call(() -> staff.create(login, "조회 담당", "0040", EnumSet.of(StaffRole.READONLY),
                "조회 담당 임시 비밀번호", "it-admin"));

        assertTrue(Acting.asReadOnly().call(() -> staff.accounts()).stream().anyMatch(a -> a.loginId().equals(login)),
                "조회전용 sees the accounts");
        Acting.assertDenied(() -> Acting.asReadOnly().run(
                () -> staff.changeRoles(login, EnumSet.of(StaffRole.ADMIN), "viewer")), "but cannot give roles");
        Acting.assertDenied(() -> Acting.asCustomer().call(() -> staff.accounts()), "customers do not see them");

        Acting.asAdministrator().run(() -> staff.changeRoles(login, EnumSet.of(StaffRole.READONLY,
                StaffRole.MARKETING), "it-admin"));
        assertEquals(1, db.count("select count(*) from audit_log where action = 'STAFF_ROLES_CHANGED'"
                + " and target_id = ? and detail = 'READONLY -> MARKETING,READONLY'", login));
    }

    private String newMember() {
        String login = "guard" + ThreadLocalRandom.current().nextInt(10_000_000);
        members.join(new JoinRequest(login, "market25!", "market25!", "김보안", "010-2222-3333",
                login + "@market25.example", "06236", "서울특별시 강남구 테헤란로 152", "1990-04-05", Gender.F,
                false, false, false, false, null));
        return login;
    }

    /** A documentation address (TEST-NET) of its own per call, so the per-address throttle stays out. */
    private static String uniqueAddress() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return "198.51." + r.nextInt(256) + "." + r.nextInt(256);
    }

    private static void update(String sql, Object... params) throws NamingException, SQLException {
        DataSource dataSource = InitialContext.doLookup("jdbc/market25");
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            s.executeUpdate();
        }
    }
}
