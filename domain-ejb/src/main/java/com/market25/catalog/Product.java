package com.market25.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/**
 * A product as the catalog sells it. Its prices and bonuses are the only source of truth for
 * what an order costs: the cart never carries a price of its own.
 */
@Entity
@Table(name = "product")
public class Product {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String code;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "category_id")
    private Category category;

    @Column(nullable = false)
    private String kind;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String supplier;

    @Column(name = "consumer_price", nullable = false)
    private BigDecimal consumerPrice;

    @Column(name = "sale_price", nullable = false)
    private BigDecimal salePrice;

    @Column(name = "discount_bonus", nullable = false)
    private BigDecimal discountBonus;

    @Column(name = "sponsor_bonus", nullable = false)
    private BigDecimal sponsorBonus;

    @Column(nullable = false)
    private int stock;

    @Column(nullable = false)
    private boolean recommended;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    private String description;

    @Column(nullable = false)
    private boolean active;

    protected Product() {
    }

    public boolean canSupply(int quantity) {
        return active && quantity > 0 && quantity <= stock;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public Category getCategory() {
        return category;
    }

    public String getKind() {
        return kind;
    }

    public String getName() {
        return name;
    }

    public String getSupplier() {
        return supplier;
    }

    public BigDecimal getConsumerPrice() {
        return consumerPrice;
    }

    public BigDecimal getSalePrice() {
        return salePrice;
    }

    public BigDecimal getDiscountBonus() {
        return discountBonus;
    }

    public BigDecimal getSponsorBonus() {
        return sponsorBonus;
    }

    public int getStock() {
        return stock;
    }

    public boolean isRecommended() {
        return recommended;
    }

    public String getDescription() {
        return description;
    }

    public boolean isActive() {
        return active;
    }
}
