package com.market25.staff;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A staff user of the back office (ADM-02). */
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

    @Column(nullable = false)
    private String role;

    @Column(nullable = false)
    private boolean active;

    protected Staff() {
    }

    String getPasswordHash() {
        return passwordHash;
    }

    StaffView view() {
        return new StaffView(loginId, name, branchCode, role);
    }

    boolean isActive() {
        return active;
    }
}
