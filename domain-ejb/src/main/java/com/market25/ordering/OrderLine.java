package com.market25.ordering;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/**
 * 상품 주문 내역: a line keeps the name, price and bonuses it was sold at, so later catalog
 * changes never rewrite an old order.
 */
@Entity
@Table(name = "order_line")
public class OrderLine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "order_id")
    private CustomerOrder order;

    @Column(name = "line_no", nullable = false)
    private int lineNo;

    @Column(name = "product_id", nullable = false)
    private long productId;

    @Column(name = "product_code", nullable = false)
    private String productCode;

    @Column(name = "product_name", nullable = false)
    private String productName;

    @Column(nullable = false)
    private int quantity;

    @Column(name = "unit_price", nullable = false)
    private BigDecimal unitPrice;

    @Column(name = "line_amount", nullable = false)
    private BigDecimal lineAmount;

    @Column(name = "discount_bonus", nullable = false)
    private BigDecimal discountBonus;

    @Column(name = "sponsor_bonus", nullable = false)
    private BigDecimal sponsorBonus;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OrderStatus status;

    /** The item's own state (ORD-01 item level); {@link #status} keeps the order stage it reached. */
    @Enumerated(EnumType.STRING)
    @Column(name = "item_state", nullable = false)
    private ItemState itemState;

    protected OrderLine() {
    }

    OrderLine(CustomerOrder order, int lineNo, PricedLine line) {
        this.order = order;
        this.lineNo = lineNo;
        this.productId = line.productId();
        this.productCode = line.productCode();
        this.productName = line.productName();
        this.quantity = line.quantity();
        this.unitPrice = line.unitPrice();
        this.lineAmount = line.lineAmount();
        this.discountBonus = line.discountBonus();
        this.sponsorBonus = line.sponsorBonus();
        this.status = OrderStatus.RECEIVED;
        this.itemState = ItemState.RECEIVED;
    }

    /** The order moved: a cancelled or returned item stays as it is; one in a claim keeps its claim state. */
    void follow(OrderStatus orderStatus) {
        if (itemState.isGone()) {
            return;
        }
        this.status = orderStatus;
        if (itemState.followsOrder() || orderStatus == OrderStatus.CANCELLED) {
            this.itemState = ItemState.of(orderStatus);
        }
    }

    /**
     * Moves this item on its own, or refuses with {@link IllegalItemTransitionException}.
     *
     * @return the state it left
     */
    ItemState moveTo(ItemState target) {
        if (!itemState.canMoveTo(target)) {
            throw new IllegalItemTransitionException(lineNo, itemState, target);
        }
        ItemState from = itemState;
        itemState = target;
        if (target == ItemState.CANCELLED) {
            status = OrderStatus.CANCELLED;
        }
        return from;
    }

    public ItemState getItemState() {
        return itemState;
    }

    public int getLineNo() {
        return lineNo;
    }

    public long getProductId() {
        return productId;
    }

    public String getProductCode() {
        return productCode;
    }

    public String getProductName() {
        return productName;
    }

    public int getQuantity() {
        return quantity;
    }

    public BigDecimal getUnitPrice() {
        return unitPrice;
    }

    public BigDecimal getLineAmount() {
        return lineAmount;
    }

    public BigDecimal getDiscountBonus() {
        return discountBonus;
    }

    public BigDecimal getSponsorBonus() {
        return sponsorBonus;
    }

    public OrderStatus getStatus() {
        return status;
    }
}
