package com.market25.payment;

import com.market25.common.Checks;
import com.market25.common.InvalidInputException;
import com.market25.infrastructure.ContainerResources;
import com.market25.ordering.CustomerOrder;
import com.market25.ordering.FormKey;
import com.market25.ordering.OrderDesk;
import com.market25.ordering.PayableOrder;
import com.market25.ordering.UnpaidOrderPolicy;
import com.market25.payment.gateway.GatewayException;
import com.market25.payment.gateway.PaymentGatewayConnectionFactory;
import com.market25.payment.gateway.VirtualAccount;
import com.market25.payment.gateway.VirtualAccountRequest;
import com.market25.staff.Roles;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.resource.ResourceException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Bank transfer by virtual account (무통장입금, PAY-01, SHOP-06). The order gets an account from
 * the bank through the payment connector, for the amount the order says is payable and until the
 * bank-transfer deadline ({@link UnpaidOrderPolicy#depositDeadline}); the payment waits
 * (WAITING_FOR_DEPOSIT) until the deposit batch ({@link DepositBatch}) pays it. Unpaid, the order
 * expires at that deadline with the unpaid-order expiry, which gives its stock back.
 *
 * <p>The order is not held while it waits, so the customer may still cancel it or pay by card;
 * a deposit that comes afterwards lands in the review list.
 */
@Stateless
public class BankTransferDesk {

    private static final Logger LOG = Logger.getLogger(BankTransferDesk.class.getName());

    private static final String VIEW = "select new com.market25.payment.VirtualAccountView(p.id, o.slipNo, p.bankName,"
            + " p.virtualAccountNo, p.amount, p.depositDeadline, p.payerName, p.status) from Payment p join p.order o"
            + " where o.slipNo = :slip and p.method = com.market25.payment.PaymentMethod.BANK_TRANSFER";

    @PersistenceContext
    private EntityManager em;

    @EJB
    private GatewayRegistry registry;

    @Resource(lookup = ContainerResources.PAYMENT_GATEWAY)
    private PaymentGatewayConnectionFactory gateways;

    @EJB
    private OrderDesk orders;

    /**
     * Issues the virtual account of the member's unpaid order, or gives the one it has. The bank
     * is asked with the attempt's reference, so asking again (a retry after a failure, the same
     * form twice) gives the same account.
     *
     * @return the account, or empty when the bank could not be asked (nothing stored; the order
     *         stays payable)
     * @throws InvalidInputException depositor name missing or too long, a malformed form key, a
     *         slip that is not the member's ({@code error.orderUnknown}) or cannot be paid now
     *         ({@code error.notPayable})
     */
    @RolesAllowed(Roles.CUSTOMER)
    public Optional<VirtualAccountView> openVirtualAccount(long memberId, String slipNo, String depositorName,
            String requestKey) {
        Checks checks = new Checks();
        checks.required("depositorName", depositorName).maxLength("depositorName", depositorName, 60);
        checks.that(requestKey == null || FormKey.isWellFormed(requestKey), "requestKey", "error.formKey");
        checks.throwIfAny();
        Optional<PayableOrder> payable = orders.lockForPayment(memberId, slipNo);
        Optional<VirtualAccountView> issued = waitingAccountOf(slipNo);
        if (issued.isPresent()) {
            return issued;
        }
        PayableOrder order = payable.orElseThrow(() -> InvalidInputException.of("slipNo", "error.notPayable"));
        long attempts = em.createQuery("select count(p) from Payment p where p.order.id = :order", Long.class)
                .setParameter("order", order.orderId())
                .getSingleResult();
        // attempts of one order are numbered under its row lock: the reference is unique
        String reference = order.slipNo() + "-" + (attempts + 1);
        LocalDateTime now = LocalDateTime.now();
        VirtualAccount account;
        // the bank is asked under the order's row lock: a second request for the order waits and
        // then finds this account instead of asking for another one
        // the registry's first healthy gateway serving bank transfers (PAY-01); none: no account
        GatewayChoice choice = registry.choose(PaymentMethod.BANK_TRANSFER);
        if (!choice.chosen()) {
            LOG.warning(() -> "no gateway serves bank transfers (" + choice.refusal() + "): no account for " + reference);
            return Optional.empty();
        }
        try (var gateway = gateways.getConnection(choice.route())) {
            account = gateway.issueVirtualAccount(new VirtualAccountRequest(reference, order.totalAmount(),
                    depositorName.trim(), UnpaidOrderPolicy.depositDeadline(now)));
        } catch (GatewayException | ResourceException e) {
            LOG.log(Level.WARNING, "no virtual account for " + reference, e);
            return Optional.empty();
        }
        if (account.accountNumber().length() > 30 || account.bankName().length() > 40) {
            LOG.warning(() -> "virtual account for " + reference + " does not fit the payment row");
            return Optional.empty();
        }
        Payment payment = Payment.bankTransfer(em.getReference(CustomerOrder.class, order.orderId()),
                order.totalAmount(), depositorName, reference, requestKey, account, now, choice.gatewayId());
        em.persist(payment);
        orders.awaitDeposit(order.orderId(), account.deadline());
        em.flush();
        return waitingAccountOf(slipNo);
    }

    /** The order's virtual account (the latest bank transfer of the slip), for its pages. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    @RolesAllowed({Roles.CUSTOMER, Roles.ADMIN, Roles.ORDERS, Roles.SETTLEMENT, Roles.READONLY})
    public Optional<VirtualAccountView> virtualAccountOf(String slipNo) {
        return em.createQuery(VIEW + " order by p.id desc", VirtualAccountView.class)
                .setParameter("slip", slipNo)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    private Optional<VirtualAccountView> waitingAccountOf(String slipNo) {
        return em.createQuery(VIEW + " and p.status = com.market25.payment.PaymentStatus.WAITING_FOR_DEPOSIT"
                        + " order by p.id desc", VirtualAccountView.class)
                .setParameter("slip", slipNo)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    /**
     * Closes the virtual accounts of orders that no longer wait (expired, cancelled, paid by
     * card): CANCELLED, so they stop showing as 입금대기. A deposit to one still goes to review.
     */
    @Schedule(minute = "*", hour = "*", persistent = false, info = "virtual account closing")
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    void onSchedule() {
        closeAccountsOfFinishedOrders();
    }

    /** The timer's work, also for tests. Returns how many accounts were closed. */
    @PermitAll
    public int closeAccountsOfFinishedOrders() {
        return em.createNativeQuery("update payment p join customer_order o on o.id = p.order_id"
                        + " set p.status = 'CANCELLED', p.cancelled_at = ?1"
                        + " where p.status = 'WAITING_FOR_DEPOSIT' and o.status <> 'RECEIVED'")
                .setParameter(1, Timestamp.valueOf(LocalDateTime.now()))
                .executeUpdate();
    }
}
