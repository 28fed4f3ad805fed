package com.market25.admin.phoneorder;

import com.market25.admin.customer.FormErrors;
import com.market25.admin.i18n.Texts;
import com.market25.admin.staff.StaffSession;
import com.market25.catalog.ProductView;
import com.market25.common.InvalidInputException;
import com.market25.customer.CustomerDesk;
import com.market25.customer.CustomerQuery;
import com.market25.customer.CustomerRow;
import com.market25.ordering.Cart;
import com.market25.ordering.PricedCart;
import com.market25.ordering.RecipientKind;
import com.market25.payment.CardCompany;
import com.market25.payment.CardDetails;
import com.market25.phoneorder.LogisticsMethod;
import com.market25.phoneorder.PhoneCustomer;
import com.market25.phoneorder.PhoneOrderDesk;
import com.market25.phoneorder.PhoneOrderRequest;
import com.market25.phoneorder.PhoneOrderResult;
import com.market25.phoneorder.PhonePayment;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * 전화 주문 (ORD-03): find the customer, see their bonus and addresses, build the cart at the
 * catalog's prices, choose logistics and payment, take the order. Thin: {@link PhoneOrderDesk}
 * holds the rules. The form key is kept until an order is taken, so a second click of 주문
 * finds the first order; a refused form keeps everything but the card number.
 */
@Named
@ViewScoped
public class PhoneOrderBean implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "phoneForm";

    @EJB
    private PhoneOrderDesk desk;

    @EJB
    private CustomerDesk customerDesk;

    @Inject
    private StaffSession staff;

    private String customerText;
    private List<CustomerRow> customerHits = List.of();
    private PhoneCustomer customer;

    private String productText;
    private List<ProductView> productHits = List.of();
    private int addQuantity = 1;
    private final Cart cart = new Cart();
    private PricedCart priced;

    private LogisticsMethod logistics = LogisticsMethod.PARCEL;
    private RecipientKind recipientKind = RecipientKind.HOME;
    private String recipientName;
    private String recipientPhone;
    private String recipientPostalCode;
    private String recipientAddress;
    private String deliveryNote;
    private String pickupBranch;

    private PhonePayment payment = PhonePayment.CARD_BY_PHONE;
    private CardCompany cardCompany;
    private String cardNumber;
    private String expiryMonth;
    private String expiryYear;
    private int installmentMonths;
    private String payerName;

    private String formKey;
    private PhoneOrderResult result;

    @PostConstruct
    void init() {
        formKey = desk.newFormKey();
        pickupBranch = staff.getStaff() == null ? null : staff.getStaff().branchCode();
        reprice();
    }

    public void searchCustomers() {
        customerHits = customerText == null || customerText.isBlank() ? List.of()
                : customerDesk.search(CustomerQuery.of(customerText.trim()), null, 0, 20).rows();
        if (customerHits.isEmpty()) {
            Texts.info(null, Texts.ui("phoneOrder.customer.none"));
        }
    }

    public void choose(long customerId) {
        try {
            customer = desk.customer(customerId);
        } catch (InvalidInputException e) {
            FormErrors.show(e, FORM);
            return;
        }
        customerHits = List.of();
        payerName = customer.name();
        fillRecipient();
    }

    /** The recipient fields from the customer's home or work address (another address: typed). */
    public void fillRecipient() {
        if (customer == null) {
            return;
        }
        recipientName = customer.name();
        recipientPhone = customer.phone();
        if (recipientKind == RecipientKind.HOME) {
            recipientPostalCode = customer.postalCode();
            recipientAddress = customer.address();
        } else if (recipientKind == RecipientKind.WORK) {
            recipientPostalCode = customer.workPostalCode();
            recipientAddress = customer.workAddress();
        } else {
            recipientPostalCode = null;
            recipientAddress = null;
        }
    }

    public void searchProducts() {
        productHits = desk.products(productText);
        if (productHits.isEmpty()) {
            Texts.info(null, Texts.ui("phoneOrder.product.none"));
        }
    }

    public void add(String code) {
        try {
            desk.addToCart(cart, code, addQuantity);
        } catch (InvalidInputException e) {
            FormErrors.show(e, FORM);
        }
        reprice();
    }

    public void change(String code, int quantity) {
        try {
            cart.change(code, quantity);
        } catch (InvalidInputException e) {
            FormErrors.show(e, FORM);
        }
        reprice();
    }

    public void remove(String code) {
        cart.remove(code);
        reprice();
    }

    private void reprice() {
        priced = desk.quote(cart);
    }

    /** 주문: one order per form key, however often it is clicked. */
    public void placeOrder() {
        CardDetails card = payment == PhonePayment.CARD_BY_PHONE
                ? new CardDetails(cardCompany, cardNumber, expiryMonth, expiryYear, installmentMonths, payerName)
                : null;
        // the number is used for this request only: never kept in the view, never shown again
        cardNumber = null;
        if (customer == null) {
            Texts.error(null, Texts.domain("error.phoneOrder.customer"));
            return;
        }
        try {
            result = desk.take(new PhoneOrderRequest(customer.id(), formKey, cart, logistics, recipientKind,
                    recipientName, recipientPhone, recipientPostalCode, recipientAddress, deliveryNote, pickupBranch,
                    payment, card));
        } catch (InvalidInputException e) {
            FormErrors.show(e, FORM);
            reprice();
            return;
        }
        if (result.payment() == null) {
            Texts.info(null, Texts.ui("phoneOrder.placed.payLater", result.slipNo()));
        } else if (result.payment().approved()) {
            Texts.info(null, Texts.ui("phoneOrder.placed.paid", result.slipNo()));
        } else {
            Texts.error(null, Texts.ui("phoneOrder.placed.declined", result.slipNo(),
                    Texts.domain(result.payment().category().labelKey())));
        }
        // the next order is a new form
        formKey = desk.newFormKey();
        cart.clear();
        reprice();
    }

    /** Starts over with another customer. */
    public void reset() {
        customer = null;
        result = null;
        customerHits = List.of();
        cart.clear();
        formKey = desk.newFormKey();
        reprice();
    }

    public Map<String, Integer> getQuantities() {
        return cart.quantities();
    }

    public LogisticsMethod[] getLogisticsMethods() {
        return LogisticsMethod.values();
    }

    public RecipientKind[] getRecipientKinds() {
        return RecipientKind.values();
    }

    public PhonePayment[] getPayments() {
        return PhonePayment.values();
    }

    public CardCompany[] getCardCompanies() {
        return CardCompany.values();
    }

    public int[] getInstallmentChoices() {
        return new int[] {0, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12};
    }

    // ---- properties ----

    public String getCustomerText() {
        return customerText;
    }

    public void setCustomerText(String customerText) {
        this.customerText = customerText;
    }

    public List<CustomerRow> getCustomerHits() {
        return customerHits;
    }

    public PhoneCustomer getCustomer() {
        return customer;
    }

    public String getProductText() {
        return productText;
    }

    public void setProductText(String productText) {
        this.productText = productText;
    }

    public List<ProductView> getProductHits() {
        return productHits;
    }

    public int getAddQuantity() {
        return addQuantity;
    }

    public void setAddQuantity(int addQuantity) {
        this.addQuantity = addQuantity;
    }

    public PricedCart getPriced() {
        return priced;
    }

    public LogisticsMethod getLogistics() {
        return logistics;
    }

    public void setLogistics(LogisticsMethod logistics) {
        this.logistics = logistics;
    }

    public RecipientKind getRecipientKind() {
        return recipientKind;
    }

    public void setRecipientKind(RecipientKind recipientKind) {
        this.recipientKind = recipientKind;
    }

    public String getRecipientName() {
        return recipientName;
    }

    public void setRecipientName(String recipientName) {
        this.recipientName = recipientName;
    }

    public String getRecipientPhone() {
        return recipientPhone;
    }

    public void setRecipientPhone(String recipientPhone) {
        this.recipientPhone = recipientPhone;
    }

    public String getRecipientPostalCode() {
        return recipientPostalCode;
    }

    public void setRecipientPostalCode(String recipientPostalCode) {
        this.recipientPostalCode = recipientPostalCode;
    }

    public String getRecipientAddress() {
        return recipientAddress;
    }

    public void setRecipientAddress(String recipientAddress) {
        this.recipientAddress = recipientAddress;
    }

    public String getDeliveryNote() {
        return deliveryNote;
    }

    public void setDeliveryNote(String deliveryNote) {
        this.deliveryNote = deliveryNote;
    }

    public String getPickupBranch() {
        return pickupBranch;
    }

    public void setPickupBranch(String pickupBranch) {
        this.pickupBranch = pickupBranch;
    }

    public PhonePayment getPayment() {
        return payment;
    }

    public void setPayment(PhonePayment payment) {
        this.payment = payment;
    }

    public CardCompany getCardCompany() {
        return cardCompany;
    }

    public void setCardCompany(CardCompany cardCompany) {
        this.cardCompany = cardCompany;
    }

    /** Always empty: the number typed is never sent back to the page. */
    public String getCardNumber() {
        return null;
    }

    public void setCardNumber(String cardNumber) {
        this.cardNumber = cardNumber;
    }

    public String getExpiryMonth() {
        return expiryMonth;
    }

    public void setExpiryMonth(String expiryMonth) {
        this.expiryMonth = expiryMonth;
    }

    public String getExpiryYear() {
        return expiryYear;
    }

    public void setExpiryYear(String expiryYear) {
        this.expiryYear = expiryYear;
    }

    public int getInstallmentMonths() {
        return installmentMonths;
    }

    public void setInstallmentMonths(int installmentMonths) {
        this.installmentMonths = installmentMonths;
    }

    public String getPayerName() {
        return payerName;
    }

    public void setPayerName(String payerName) {
        this.payerName = payerName;
    }

    public PhoneOrderResult getResult() {
        return result;
    }
}
