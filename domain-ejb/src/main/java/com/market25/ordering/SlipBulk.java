package com.market25.ordering;

import com.market25.common.InvalidInputException;
import com.market25.staff.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * Bulk 취소 and status change of selected slips (SET-03), with a result line per slip. Each slip
 * is its own transaction through {@link OrderDesk} (the life cycle, stock, bonus and events stay
 * where they are), so a slip that is refused changes nothing and keeps no other slip from moving.
 * 취소 of an unpaid slip is {@link OrderDesk#cancelByStaff} (stock back); of a paid slip not yet
 * shipped {@link OrderDesk#move} to 주문취소 (whatever that method does about refunds); a slip
 * on its way or delivered is refused.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SlipBulk {

    /** The most slips one bulk action takes. */
    public static final int MAX_SLIPS = 500;

    @EJB
    private OrderDesk orders;

    @PersistenceContext
    private EntityManager em;

    /**
     * @throws InvalidInputException {@code slips} / {@code error.bulk.none} for no slip,
     *         {@code error.bulk.tooMany} for more than {@value #MAX_SLIPS}
     */
    @RolesAllowed({Roles.ADMIN, Roles.ORDERS})
    public List<BulkOutcome> apply(List<String> slipNos, BulkAction action, String staffLogin) {
        if (slipNos == null || slipNos.isEmpty() || action == null) {
            throw InvalidInputException.of("slips", "error.bulk.none");
        }
        // the same slip selected twice is acted on once
        List<String> slips = new ArrayList<>(new LinkedHashSet<>(slipNos));
        if (slips.size() > MAX_SLIPS) {
            throw InvalidInputException.of("slips", "error.bulk.tooMany", MAX_SLIPS);
        }
        List<BulkOutcome> report = new ArrayList<>(slips.size());
        for (String slip : slips) {
            report.add(one(slip, action, staffLogin));
        }
        return report;
    }

    private BulkOutcome one(String slipNo, BulkAction action, String staffLogin) {
        Optional<OrderStatus> before = statusOf(slipNo);
        if (before.isEmpty()) {
            return BulkOutcome.refused(slipNo, null, "error.orderUnknown");
        }
        OrderStatus status = before.get();
        try {
            if (action == BulkAction.CANCEL) {
                if (status == OrderStatus.RECEIVED) {
                    orders.cancelByStaff(slipNo, staffLogin);
                    return BulkOutcome.done(slipNo, OrderStatus.CANCELLED);
                }
                if (!status.canMoveTo(OrderStatus.CANCELLED)) {
                    return BulkOutcome.refused(slipNo, status, CancelFilter.STATUSES.contains(status)
                            ? "error.bulk.alreadyCancelled" : "error.bulk.shipped");
                }
            } else if (status == action.target()) {
                return BulkOutcome.refused(slipNo, status, "error.bulk.already");
            }
            return BulkOutcome.done(slipNo, orders.move(slipNo, action.target(), staffLogin));
        } catch (IllegalOrderTransitionException e) {
            return BulkOutcome.refused(slipNo, e.from(), "error.transition");
        } catch (InvalidInputException e) {
            return BulkOutcome.refused(slipNo, statusOf(slipNo).orElse(status),
                    e.fieldErrors().values().stream().findFirst().orElse("error.bulk.failed"));
        } catch (EJBException e) {
            // e.g. a lock wait that timed out: this slip failed, the others go on
            return BulkOutcome.refused(slipNo, status, "error.bulk.failed");
        }
    }

    private Optional<OrderStatus> statusOf(String slipNo) {
        if (slipNo == null || slipNo.length() > 10) {
            return Optional.empty();
        }
        return em.createQuery("select o.status from CustomerOrder o where o.slipNo = :slip", OrderStatus.class)
                .setParameter("slip", slipNo)
                .getResultStream()
                .findFirst();
    }
}
