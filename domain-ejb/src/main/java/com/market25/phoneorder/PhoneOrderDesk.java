package com.market25.phoneorder;

import com.market25.bonus.BonusLedger;
import com.market25.bonus.BonusStatement;
import com.market25.catalog.Catalog;
import com.market25.catalog.ProductView;
import com.market25.common.Checks;
import com.market25.common.InvalidInputException;
import com.market25.customer.Customer;
import com.market25.customer.CustomerDesk;
import com.market25.ordering.Cart;
import com.market25.ordering.Channel;
import com.market25.ordering.DuplicateCheckoutException;
import com.market25.ordering.FormKey;
import com.market25.ordering.OrderDesk;
import com.market25.ordering.OrderPlaced;
import com.market25.ordering.PricedCart;
import com.market25.ordering.Recipient;
import com.market25.payment.PaymentDesk;
import com.market25.payment.PaymentOutcome;
import com.market25.payment.PaymentStatus;
import com.market25.payment.PaymentView;
import com.market25.staff.Roles;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * 전화 주문 (ORD-03): staff take an order for a customer on the phone. The slip records channel
 * PHONE, the receiving staff (the caller) and their branch (from their account, not from the
 * page); prices come from the catalog; the order is committed first and a card read out on the
 * phone is paid afterwards, as the storefront's checkout does, so a declined card leaves a
 * payable order. One order per form: the form key is the order's checkout key, so a double click
 * or a retried request finds the first order.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@RolesAllowed({Roles.ADMIN, Roles.ORDERS})
public class PhoneOrderDesk {

    /** Products a search shows at most. */
    public static final int PRODUCT_HITS = 20;

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    @EJB
    private CustomerDesk customers;

    @EJB
    private BonusLedger bonus;

    @EJB
    private Catalog catalog;

    @EJB
    private OrderDesk orders;

    @EJB
    private PaymentDesk payments;

    @EJB
    private PhoneOrderBooking booking;

    public String newFormKey() {
        return FormKey.newKey();
    }

    /**
     * The customer with addresses and bonus, for the order screen.
     *
     * @throws InvalidInputException {@code customer} / {@code error.phoneOrder.customer} for an
     *         unknown or erased customer
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public PhoneCustomer customer(long id) {
        Customer c = customers.find(id).filter(x -> !x.isErased())
                .orElseThrow(() -> InvalidInputException.of("customer", "error.phoneOrder.customer"));
        BonusStatement b = bonus.statement(id);
        return new PhoneCustomer(c.getId(), c.getMemberNo(), c.getName(), c.getPhone(), c.getEmail(),
                c.getPostalCode(), c.getAddress(), c.getCompanyName(), c.getWorkPostalCode(), c.getWorkAddress(),
                c.isErased(), b.usable(), b.total(), b.unsettled());
    }

    /** Products on sale whose code starts with, or whose name contains, the text; at most {@value #PRODUCT_HITS}. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<ProductView> products(String text) {
        String t = text == null ? "" : text.trim();
        if (t.isEmpty() || t.length() > 100) {
            return List.of();
        }
        String like = t.replace("!", "!!").replace("%", "!%").replace("_", "!_");
        @SuppressWarnings("unchecked")
        List<String> codes = em.createNativeQuery("select code from product where active = true"
                        + " and (code like ?1 escape '!' or name like ?2 escape '!') order by name, code limit "
                        + PRODUCT_HITS)
                .setParameter(1, like + "%")
                .setParameter(2, "%" + like + "%")
                .getResultList();
        List<ProductView> found = new ArrayList<>(catalog.productsByCode(codes).values());
        found.sort(Comparator.comparing(ProductView::name).thenComparing(ProductView::code));
        return found;
    }

    /** The cart at the catalog's prices now (what the order will cost). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public PricedCart quote(Cart cart) {
        return orders.quote(cart);
    }

    /** Puts a product into the cart, as the storefront does (known codes, 1..99, 50 lines). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public void addToCart(Cart cart, String productCode, int quantity) {
        orders.addToCart(cart, productCode, quantity);
    }

    /**
     * Takes the phone order and, for a card read out on the phone, pays it. Every problem of the
     * form comes at once, before anything is stored.
     *
     * @throws InvalidInputException the form's problems by field (nothing stored)
     */
    public PhoneOrderResult take(PhoneOrderRequest request) {
        Optional<PhoneOrderResult> earlier = earlier(request.formKey());
        if (earlier.isPresent()) {
            return earlier.get();
        }
        Checks checks = new Checks();
        PhoneOrderRules.check(checks, request);
        PhoneCustomer customer = null;
        try {
            customer = customer(request.customerId());
        } catch (InvalidInputException e) {
            checks.reject("customer", "error.phoneOrder.customer");
        }
        Recipient recipient = null;
        if (customer != null && request.logistics() != null) {
            recipient = PhoneOrderRules.recipient(request, customer);
            if (request.logistics() == LogisticsMethod.PARCEL || !checks.has("pickupBranch")) {
                recipient.check(checks);
            }
        }
        checks.that(request.cart() != null && !request.cart().isEmpty(), "cart", "error.cartEmpty");
        checks.throwIfAny();

        String staff = context.getCallerPrincipal().getName();
        String branch = branchOf(staff);
        if (request.payment() == PhonePayment.CARD_BY_PHONE) {
            payments.requireApprovalQueue();
        }
        OrderPlaced placed;
        try {
            placed = booking.book(customer.id(), request.cart(), recipient, staff, branch, request.formKey(),
                    request.logistics(), request.pickupBranch(), request.payment());
        } catch (DuplicateCheckoutException e) {
            return earlier(request.formKey()).orElseThrow(() -> e);
        }
        PaymentOutcome outcome = request.payment() == PhonePayment.CARD_BY_PHONE
                ? payments.payByCardForCustomer(customer.id(), placed.slipNo(), request.card(), request.formKey())
                : null;
        return new PhoneOrderResult(placed.slipNo(), placed.totalAmount(), Channel.PHONE, staff, branch,
                request.logistics(), request.payment(), outcome, false);
    }

    /** What a phone order adds to its slip, if the slip is one. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    @RolesAllowed({Roles.ADMIN, Roles.ORDERS, Roles.READONLY})
    public Optional<PhoneSlip> phoneSlip(String slipNo) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select p.logistics, p.pickup_branch, p.payment_choice"
                        + " from phone_order p join customer_order o on o.id = p.order_id where o.slip_no = ?1")
                .setParameter(1, slipNo)
                .getResultList();
        return rows.stream().findFirst().map(r -> new PhoneSlip(LogisticsMethod.valueOf((String) r[0]),
                (String) r[1], PhonePayment.valueOf((String) r[2])));
    }

    /** The order this form took before, with how its payment stands now. */
    private Optional<PhoneOrderResult> earlier(String formKey) {
        if (!FormKey.isWellFormed(formKey)) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select o.slip_no, o.total_amount, o.staff_login, o.branch_code,"
                        + " p.logistics, p.payment_choice from customer_order o join phone_order p on p.order_id = o.id"
                        + " where o.checkout_key = ?1")
                .setParameter(1, formKey)
                .getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] r = rows.get(0);
        String slip = (String) r[0];
        PhonePayment choice = PhonePayment.valueOf((String) r[5]);
        PaymentOutcome outcome = null;
        if (choice == PhonePayment.CARD_BY_PHONE) {
            List<PaymentView> list = payments.paymentsOf(slip);
            outcome = list.isEmpty() ? PaymentOutcome.underway().asRepeated() : outcomeOf(list.get(list.size() - 1));
        }
        return Optional.of(new PhoneOrderResult(slip, new BigDecimal(r[1].toString()), Channel.PHONE,
                (String) r[2], (String) r[3], LogisticsMethod.valueOf((String) r[4]), choice, outcome, true));
    }

    private static PaymentOutcome outcomeOf(PaymentView p) {
        if (p.status() == PaymentStatus.APPROVED || p.status() == PaymentStatus.AUTHORIZED) {
            return PaymentOutcome.approvedOutcome().asRepeated();
        }
        if (p.status() == PaymentStatus.DECLINED || p.status() == PaymentStatus.CANCELLED) {
            return PaymentOutcome.declined(p.declineCode() == null ? PaymentOutcome.NET_CANCELLED : p.declineCode())
                    .asRepeated();
        }
        return PaymentOutcome.underway().asRepeated();
    }

    private String branchOf(String staffLogin) {
        @SuppressWarnings("unchecked")
        List<String> rows = em.createNativeQuery("select branch_code from staff where login_id = ?1")
                .setParameter(1, staffLogin)
                .getResultList();
        if (rows.isEmpty()) {
            throw new IllegalStateException("staff " + staffLogin + " has no account");
        }
        return rows.get(0);
    }
}
