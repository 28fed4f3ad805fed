package com.market25.staff;

import com.market25.common.PasswordHasher;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** Staff sign-in for the admin. Accounts without a password (WEB_MASTER) cannot sign in. */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class StaffDesk {

    @PersistenceContext
    private EntityManager em;

    public Optional<StaffView> authenticate(String loginId, String password) {
        if (loginId == null || password == null) {
            return Optional.empty();
        }
        return em.createQuery("select s from Staff s where s.loginId = :login", Staff.class)
                .setParameter("login", loginId.trim())
                .getResultStream()
                .findFirst()
                .filter(Staff::isActive)
                .filter(s -> PasswordHasher.matches(password, s.getPasswordHash()))
                .map(Staff::view);
    }
}
