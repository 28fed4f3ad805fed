package com.market25.phoneorder;

import com.market25.ordering.Cart;
import com.market25.ordering.Channel;
import com.market25.ordering.OrderDesk;
import com.market25.ordering.OrderPlaced;
import com.market25.ordering.Recipient;
import com.market25.staff.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.LocalDateTime;

/**
 * The one transaction of a phone order: the slip (channel PHONE, staff, branch, the form key as
 * its checkout key) and what the phone order adds to it, committed together before any card is
 * sent.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.ORDERS})
public class PhoneOrderBooking {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private OrderDesk orders;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public OrderPlaced book(long memberId, Cart cart, Recipient recipient, String staffLogin, String branchCode,
            String formKey, LogisticsMethod logistics, String pickupBranch, PhonePayment payment) {
        OrderPlaced placed = orders.placeOrder(memberId, cart, recipient, Channel.PHONE, staffLogin, branchCode,
                formKey);
        em.createNativeQuery("insert into phone_order (order_id, logistics, pickup_branch, payment_choice, taken_by,"
                        + " taken_at) values (?1, ?2, ?3, ?4, ?5, ?6)")
                .setParameter(1, placed.orderId())
                .setParameter(2, logistics.name())
                .setParameter(3, logistics == LogisticsMethod.BRANCH_PICKUP ? pickupBranch.trim() : null)
                .setParameter(4, payment.name())
                .setParameter(5, staffLogin)
                .setParameter(6, Timestamp.valueOf(LocalDateTime.now()))
                .executeUpdate();
        return placed;
    }
}
