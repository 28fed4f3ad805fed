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
     * Takes quantity units of stock for an order (INV-01), in the caller's transaction. The
     * guarded update never lets stock go below zero, even with concurrent orders.
     *
     * @return false when there is not enough stock left
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public boolean reserveStock(long productId, int quantity) {
        boolean taken = em.createQuery("update Product p set p.stock = p.stock - :q where p.id = :id and p.stock >= :q")
                .setParameter("q", quantity)
                .setParameter("id", productId)
                .executeUpdate() == 1;
        if (taken) {
            changes.changedOnCommit(List.of(productId));
        }
        return taken;
    }

    /**
     * Gives back the stock of cancelled order lines (INV-01), in the caller's transaction: one
     * statement for all products, rows taken in id order so concurrent releases never deadlock.
     *
     * @param quantities product id to the quantity that comes back
     * @return the number of products whose stock changed
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public int releaseStock(Map<Long, Integer> quantities) {
        if (quantities.isEmpty()) {
            return 0;
        }
        var sorted = new TreeMap<>(quantities);
        // product i uses ?(3i+1) and ?(3i+2) in the CASE and ?(3i+3) in the id list
        StringBuilder cases = new StringBuilder();
        StringBuilder ids = new StringBuilder();
        for (int i = 0; i < sorted.size(); i++) {
            cases.append(" when ?").append(3 * i + 1).append(" then ?").append(3 * i + 2);
            ids.append(i == 0 ? "?" : ", ?").append(3 * i + 3);
        }
        var query = em.createNativeQuery("update product set stock = stock + case id" + cases
                + " else 0 end where id in (" + ids + ")");
        int i = 0;
        for (var e : sorted.entrySet()) {
            if (e.getValue() == null || e.getValue() <= 0) {
                throw new IllegalArgumentException("released quantity must be positive: " + e);
            }
            query.setParameter(3 * i + 1, e.getKey())
                    .setParameter(3 * i + 2, e.getValue())
                    .setParameter(3 * i + 3, e.getKey());
            i++;
        }
        changes.changedOnCommit(sorted.keySet());
        return query.executeUpdate();
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
