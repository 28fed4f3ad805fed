package com.market25.catalog;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The catalog as the storefront reads it (SHOP-01, SHOP-02). Every read is one query into
 * immutable views, so browsing never loads entities or opens a transaction.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
@PermitAll
public class Catalog {

    private static final String PRODUCT_VIEW = "select new com.market25.catalog.ProductView("
            + "p.id, p.code, p.category.code, p.kind, p.name, p.supplier, p.consumerPrice, p.salePrice,"
            + " p.discountBonus, p.sponsorBonus, p.stock, p.description) from Product p ";

    /** Products on one page of a shop corner. */
    public static final int CORNER_PAGE_SIZE = 24;

    /** 오늘의 추천상품: the home page shows at most this many. */
    public static final int RECOMMENDED_LIMIT = 20;

    @PersistenceContext
    private EntityManager em;

    @jakarta.ejb.EJB
    private CatalogChanges changes;

    @jakarta.ejb.EJB
    private com.market25.inventory.WebShopStock webShopStock;

    public List<CategoryView> corners() {
        return em.createQuery("select new com.market25.catalog.CategoryView(c.code, c.nameKo, c.nameEn)"
                + " from Category c where c.parent is null order by c.sortOrder", CategoryView.class)
                .getResultList();
    }

    public Optional<CategoryView> corner(String code) {
        return corners().stream().filter(c -> c.code().equals(code)).findFirst();
    }

    /** 오늘의 추천상품 on the home page. */
    public List<ProductView> recommended() {
        return em.createQuery(PRODUCT_VIEW + "where p.recommended = true and p.active = true"
                + " order by p.category.sortOrder, p.sortOrder, p.id", ProductView.class)
                .setMaxResults(RECOMMENDED_LIMIT)
                .getResultList();
    }

    /**
     * One page of a shop corner (SHOP-02), paged and sorted by the database; a page past the
     * last shows the last one.
     */
    public ProductPage productsIn(String categoryCode, ProductSort sort, int page) {
        long total = em.createQuery("select count(p) from Product p where p.category.code = :code and p.active = true",
                Long.class).setParameter("code", categoryCode).getSingleResult();
        int pages = (int) Math.max(1, (total + CORNER_PAGE_SIZE - 1) / CORNER_PAGE_SIZE);
        int shown = Math.min(Math.max(1, page), pages);
        List<ProductView> products = total == 0 ? List.of()
                : em.createQuery(PRODUCT_VIEW + "where p.category.code = :code and p.active = true order by "
                        + sort.orderBy(), ProductView.class)
                        .setParameter("code", categoryCode)
                        .setFirstResult((shown - 1) * CORNER_PAGE_SIZE)
                        .setMaxResults(CORNER_PAGE_SIZE)
                        .getResultList();
        return new ProductPage(products, total, shown, CORNER_PAGE_SIZE, sort);
    }

    public Optional<ProductView> product(String code) {
        return em.createQuery(PRODUCT_VIEW + "where p.code = :code and p.active = true", ProductView.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst();
    }

    /**
     * Takes quantity units of stock for an order (INV-01), in the caller's transaction: reserved
     * in the web-shop warehouse, and product.stock (its available quantity, which the pages show)
     * goes down with it. The guarded updates never let stock go below zero, even with concurrent
     * orders; callers take products in id order.
     *
     * @return false when there is not enough stock left
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public boolean reserveStock(long productId, int quantity) {
        boolean taken = webShopStock.reserve(productId, quantity);
        if (taken) {
            changes.changedOnCommit(List.of(productId));
        }
        return taken;
    }

    /**
     * Gives back the stock of cancelled order lines (INV-01), in the caller's transaction: the
     * web-shop warehouse's reservations are released (products in id order, so concurrent
     * releases never deadlock) and product.stock follows.
     *
     * @param quantities product id to the quantity that comes back
     * @return the number of products whose stock changed
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public int releaseStock(Map<Long, Integer> quantities) {
        if (quantities.isEmpty()) {
            return 0;
        }
        int changed = webShopStock.release(quantities, null);
        changes.changedOnCommit(new TreeMap<>(quantities).keySet());
        return changed;
    }

    /** Products by code in one query, for pricing a cart. */
    public Map<String, ProductView> productsByCode(Collection<String> codes) {
        if (codes.isEmpty()) {
            return Map.of();
        }
        return em.createQuery(PRODUCT_VIEW + "where p.code in :codes and p.active = true", ProductView.class)
                .setParameter("codes", codes)
                .getResultStream()
                .collect(Collectors.toMap(ProductView::code, Function.identity()));
    }
}
