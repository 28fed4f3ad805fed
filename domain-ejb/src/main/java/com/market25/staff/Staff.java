package com.market25.staff;

import com.market25.signin.SignInRecord;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

/** A staff user of the back office (ADM-02) with the roles that decide what they may do. */
@Entity
@Table(name = "staff")
public class Staff {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "login_id", nullable = false, unique = true)
    private String loginId;

    @Column(name = "password_hash")
    private String passwordHash;

    @Column(nullable = false)
    private String name;

    @Column(name = "branch_code", nullable = false)
    private String branchCode;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "staff_role", joinColumns = @JoinColumn(name = "staff_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false)
    private Set<StaffRole> roles = new HashSet<>();

    @Column(nullable = false)
    private boolean active;

    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    /** Made by the demo data: signs in only in demo mode. */
    @Column(name = "demo_account", nullable = false)
    private boolean demoAccount;

    @Embedded
    private SignInRecord signIn = new SignInRecord();

    @Column(name = "password_changed_at")
    private LocalDateTime passwordChangedAt;

    @Column(name = "created_at")
    private LocalDateTime createdAt;

    @Column(name = "updated_at")
    private LocalDateTime updatedAt;

    @Column(name = "updated_by")
    private String updatedBy;

    protected Staff() {
    }

    /** A new account with a password chosen by someone else: its owner must replace it. */
    Staff(String loginId, String name, String branchCode, Set<StaffRole> roles, String temporaryPasswordHash,
            String createdBy, LocalDateTime now) {
        this.loginId = loginId;
        this.name = name;
        this.branchCode = branchCode;
        this.roles = new HashSet<>(roles);
        this.passwordHash = temporaryPasswordHash;
        this.mustChangePassword = true;
        this.active = true;
        this.createdAt = now;
        changedBy(createdBy, now);
    }

    Long getId() {
        return id;
    }

    String getLoginId() {
        return loginId;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    boolean isActive() {
        return active;
    }

    boolean isDemoAccount() {
        return demoAccount;
    }

    boolean mustChangePassword() {
        return mustChangePassword;
    }

    SignInRecord signIn() {
        return signIn;
    }

    Set<StaffRole> roles() {
        return roles.isEmpty() ? EnumSet.noneOf(StaffRole.class) : EnumSet.copyOf(roles);
    }

    void rehashPassword(String newHash) {
        this.passwordHash = newHash;
    }

    /** The owner chose a new password: the must-change flag goes. */
    void changePassword(String newHash, LocalDateTime now) {
        this.passwordHash = newHash;
        this.mustChangePassword = false;
        this.passwordChangedAt = now;
        changedBy(loginId, now);
    }

    /** Someone else set a password: the owner must change it at next sign-in. */
    void resetPassword(String temporaryHash, String by, LocalDateTime now) {
        this.passwordHash = temporaryHash;
        this.mustChangePassword = true;
        this.passwordChangedAt = now;
        signIn.unlock();
        changedBy(by, now);
    }

    void changeRoles(Set<StaffRole> newRoles, String by, LocalDateTime now) {
        roles.clear();
        roles.addAll(newRoles);
        changedBy(by, now);
    }

    void activate(boolean on, String by, LocalDateTime now) {
        this.active = on;
        changedBy(by, now);
    }

    private void changedBy(String by, LocalDateTime now) {
        this.updatedBy = by;
        this.updatedAt = now;
    }

    StaffView view() {
        return new StaffView(loginId, name, branchCode, roles(), mustChangePassword);
    }

    StaffAccount account(LocalDateTime now) {
        return new StaffAccount(loginId, name, branchCode, roles(), active, mustChangePassword,
                signIn.isLocked(now) ? signIn.lockedUntil() : null, signIn.lastSignInAt(), updatedBy, updatedAt,
                passwordHash != null);
    }
}
