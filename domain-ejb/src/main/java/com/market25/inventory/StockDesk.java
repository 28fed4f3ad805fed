package com.market25.inventory;

import com.market25.catalog.CatalogChanges;
import com.market25.common.Checks;
import com.market25.common.InvalidInputException;
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
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Stock across warehouses (INV-01) for the back office: 재고 현황 with safety-stock alerts,
 * adjustments with a reason, 입출고 내역, transfers between the head office and the branches
 * (요청 → 이동 중 → 입고 with 납품 확인) and goods receipts from suppliers. 주문관리 and 운영자
 * change stock, 조회전용 looks. Every change goes through {@link LevelBook}'s lock order and
 * ledger; a change of the web-shop warehouse refreshes the storefront's cached pages.
 */
@Stateless
public class StockDesk {

    static final int MAX_ITEMS = 100;
    static final int MAX_QUANTITY = 1_000_000;
    private static final Pattern CODE = Pattern.compile("[A-Z0-9_-]{2,20}");
    private static final Pattern BRANCH = Pattern.compile("\\d{4}");

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext session;

    @EJB
    private CatalogChanges catalogChanges;

    // ---------------------------------------------------------------- warehouses

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    @RolesAllowed({Roles.ADMIN, Roles.ORDERS, Roles.READONLY})
    public List<WarehouseView> warehouses() {
        List<Object[]> rows = em.createNativeQuery("select id, code, name, kind, branch_code, active from warehouse"
                + " order by case kind when 'HQ' then 0 when 'WEB' then 1 else 2 end, branch_code, code").getResultList();
        return rows.stream().map(r -> new WarehouseView(num(r[0]), (String) r[1], (String) r[2],
                WarehouseKind.valueOf((String) r[3]), (String) r[4], bool(r[5]))).toList();
    }

    /**
     * A branch's (or the head office's) new warehouse.
     *
     * @throws InvalidInputException {@code code} (2–20 of A–Z, 0–9, _ -, unused), {@code name}
     *         (1–100), {@code branchCode} (4 digits), {@code kind} (HQ or BRANCH: there is one web shop)
     */
    @RolesAllowed(Roles.ADMIN)
    public WarehouseView createWarehouse(String code, String name, WarehouseKind kind, String branchCode) {
        String c = code == null ? "" : code.trim().toUpperCase(java.util.Locale.ROOT);
        Checks checks = new Checks();
        checks.that(CODE.matcher(c).matches(), "code", "error.warehouse.code");
        checks.required("name", name).maxLength("name", name, 100);
        checks.that(kind == WarehouseKind.HQ || kind == WarehouseKind.BRANCH, "kind", "error.warehouse.kind");
        checks.that(branchCode != null && BRANCH.matcher(branchCode.trim()).matches(), "branchCode",
                "error.warehouse.branch");
        checks.throwIfAny();
        boolean taken = !em.createNativeQuery("select id from warehouse where code = ?1").setParameter(1, c)
                .getResultList().isEmpty();
        if (taken) {
            throw InvalidInputException.of("code", "error.warehouse.codeTaken");
        }
        em.createNativeQuery("insert into warehouse (code, name, kind, branch_code, created_at) values (?1, ?2, ?3, ?4, ?5)")
                .setParameter(1, c).setParameter(2, name.trim()).setParameter(3, kind.name())
                .setParameter(4, branchCode.trim()).setParameter(5, LevelBook.now()).executeUpdate();
        return warehouses().stream().filter(w -> w.code().equals(c)).findFirst().orElseThrow();
    }

    // ---------------------------------------------------------------- 재고 현황

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    @RolesAllowed({Roles.ADMIN, Roles.ORDERS, Roles.READONLY})
    public StockPage<StockRow> stock(StockQuery query, StockSort sort, int first, int size) {
        Map<String, Object> params = new HashMap<>();
        String where = stockWhere(query, params);
        Query count = em.createNativeQuery("select count(*) from stock_level s join warehouse w on w.id = s.warehouse_id"
                + " join product p on p.id = s.product_id" + where);
        params.forEach(count::setParameter);
        long total = num(count.getSingleResult());
        if (total == 0) {
            return new StockPage<>(List.of(), 0);
        }
        Query q = em.createNativeQuery("select s.warehouse_id, w.code, w.name, w.branch_code, s.product_id, p.code, p.name,"
                + " s.on_hand, s.reserved, s.safety_stock, s.below_safety, s.updated_at from stock_level s"
                + " join warehouse w on w.id = s.warehouse_id join product p on p.id = s.product_id" + where
                + " order by " + (sort == null ? StockSort.WAREHOUSE : sort).orderBy());
        params.forEach(q::setParameter);
        List<Object[]> rows = q.setFirstResult(Math.max(0, first)).setMaxResults(pageSize(size)).getResultList();
        return new StockPage<>(rows.stream().map(StockDesk::stockRow).toList(), total);
    }

    /** The safety-stock alert count of the back-office home: levels below their 적정재고. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    @RolesAllowed({Roles.ADMIN, Roles.ORDERS, Roles.READONLY})
    public long belowSafetyCount() {
        return num(em.createNativeQuery("select count(*) from stock_level where below_safety = true").getSingleResult());
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    @RolesAllowed({Roles.ADMIN, Roles.ORDERS, Roles.READONLY})
    public Optional<StockRow> level(long warehouseId, String productCode) {
        return stock(new StockQuery(warehouseId, null, productCode, false), StockSort.WAREHOUSE, 0, 50).rows().stream()
                .filter(r -> r.productCode().equals(productCode == null ? null : productCode.trim()))
                .findFirst();
    }

    /**
     * Sets the 적정재고 of a product in a warehouse (0 switches the alert off).
     *
     * @throws InvalidInputException {@code safetyStock} (0..1,000,000), {@code warehouse}, {@code product}
     */
    @RolesAllowed({Roles.ADMIN, Roles.ORDERS})
    public void setSafetyStock(long warehouseId, String productCode, int safetyStock) {
        WarehouseView w = warehouse(warehouseId);
        long productId = productId(productCode);
        if (safetyStock < 0 || safetyStock > MAX_QUANTITY) {
            throw InvalidInputException.of("safetyStock", "error.stock.safety");
        }
        new LevelBook(em).setSafetyStock(w.id(), w.kind() == WarehouseKind.WEB, productId, safetyStock, caller());
    }

    /**
     * 재고 조정: a counted difference booked with its reason (ADJUST_IN / ADJUST_OUT). Never below
     * zero and never below what orders hold reserved.
     *
     * @param change units in (+) or out (−), not 0
     * @throws InvalidInputException {@code change} (not 0, at most 1,000,000 either way),
     *         {@code reason} (required, 200), {@code change} / {@code error.stock.insufficient}
     */
    @RolesAllowed({Roles.ADMIN, Roles.ORDERS})
    public StockLevel adjust(long warehouseId, String productCode, int change, String reason) {
        Checks checks = new Checks();
        checks.that(change != 0 && Math.abs((long) change) <= MAX_QUANTITY, "change", "error.stock.change");
        checks.required("reason", reason).maxLength("reason", reason, 200);
        checks.throwIfAny();
        WarehouseView w = warehouse(warehouseId);
        long productId = productId(productCode);
        MovementKind kind = change > 0 ? MovementKind.ADJUST_IN : MovementKind.ADJUST_OUT;
        try {
            StockLevel after = new LevelBook(em).apply(w.id(), w.kind() == WarehouseKind.WEB, productId, kind,
                    Math.abs(change), reason.trim(), null, caller());
            storefrontChanged(w, List.of(productId));
            return after;
        } catch (InsufficientStockException e) {
            throw InvalidInputException.of("change", "error.stock.insufficient", productCode.trim());
        }
    }

    // ---------------------------------------------------------------- 입출고 내역

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    @RolesAllowed({Roles.ADMIN, Roles.ORDERS, Roles.READONLY})
    public StockPage<MovementRow> movements(MovementQuery query, int first, int size) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (query.warehouseId() != null) {
            where.append(" and m.warehouse_id = :warehouse");
            params.put("warehouse", query.warehouseId());
        }
        productFilter(query.product(), "m.product_id", where, params);
        if (query.kind() != null) {
            where.append(" and m.kind = :kind");
            params.put("kind", query.kind().name());
        }
        Query count = em.createNativeQuery("select count(*) from stock_movement m join product p on p.id = m.product_id"
                + where);
        params.forEach(count::setParameter);
        long total = num(count.getSingleResult());
        if (total == 0) {
            return new StockPage<>(List.of(), 0);
        }
        Query q = em.createNativeQuery("select m.id, m.moved_at, w.code, w.name, p.code, p.name, m.kind, m.quantity,"
                + " m.on_hand_after, m.reserved_after, m.reason, m.reference, m.moved_by from stock_movement m"
                + " join warehouse w on w.id = m.warehouse_id join product p on p.id = m.product_id" + where
                + " order by m.id desc");
        params.forEach(q::setParameter);
        List<Object[]> rows = q.setFirstResult(Math.max(0, first)).setMaxResults(pageSize(size)).getResultList();
        return new StockPage<>(rows.stream().map(r -> new MovementRow(num(r[0]), time(r[1]), (String) r[2],
                (String) r[3], (String) r[4], (String) r[5], MovementKind.valueOf((String) r[6]), (int) num(r[7]),
                (int) num(r[8]), (int) num(r[9]), (String) r[10], (String) r[11], (String) r[12])).toList(), total);
    }

    // ---------------------------------------------------------------- 본지사간 이동

    /**
     * 이동 요청: from one warehouse to another with items. Nothing moves yet. A repeated request
     * with the same {@code requestKey} (double click, retry) returns the first transfer.
     *
     * @throws InvalidInputException {@code from}, {@code to} (different, known), {@code items}
     *         (1–100 lines, known product codes, each once, quantity 1..1,000,000), {@code note} (200)
     */
    @RolesAllowed({Roles.ADMIN, Roles.ORDERS})
    public TransferView requestTransfer(long fromWarehouseId, long toWarehouseId, List<ItemRequest> items, String note,
            String requestKey) {
        Optional<Long> earlier = byRequestKey("stock_transfer", requestKey);
        if (earlier.isPresent()) {
            return transfer(earlier.get()).orElseThrow();
        }
        Checks checks = new Checks();
        checks.that(fromWarehouseId != toWarehouseId, "to", "error.transfer.sameWarehouse");
        checks.maxLength("note", note, 200);
        checks.that(requestKey == null || requestKey.length() <= 40, "requestKey", "error.stock.requestKey");
        checks.throwIfAny();
        warehouse(fromWarehouseId);
        warehouse(toWarehouseId);
        Map<Long, Integer> lines = lines(items);
        long seq = num(em.createNativeQuery("select nextval(stock_document_seq)").getSingleResult());
        String no = String.format("TR%08d", seq);
        em.createNativeQuery("insert into stock_transfer (transfer_no, from_warehouse_id, to_warehouse_id, status, note,"
                        + " request_key, requested_by, requested_at) values (?1, ?2, ?3, 'REQUESTED', ?4, ?5, ?6, ?7)")
                .setParameter(1, no).setParameter(2, fromWarehouseId).setParameter(3, toWarehouseId)
                .setParameter(4, blankToNull(note)).setParameter(5, blankToNull(requestKey))
                .setParameter(6, caller()).setParameter(7, LevelBook.now()).executeUpdate();
        long id = num(em.createNativeQuery("select id from stock_transfer where transfer_no = ?1").setParameter(1, no)
                .getSingleResult());
        insertItems("stock_transfer_item", "transfer_id", id, lines);
        return transfer(id).orElseThrow();
    }

    /**
     * 출고 (ship): the items leave the source warehouse and are in transit. All or nothing: a
     * product short in the source refuses the whole shipment.
     *
     * @throws InvalidInputException {@code transfer} / {@code error.transfer.state} when not 요청,
     *         {@code items} / {@code error.stock.insufficient} naming the product that is short
     */
    @RolesAllowed({Roles.ADMIN, Roles.ORDERS})
    public TransferView shipTransfer(long transferId) {
        Object[] t = lockTransfer(transferId, TransferStatus.IN_TRANSIT);
        WarehouseView from = warehouse(num(t[1]));
        List<DocumentItem> items = items("stock_transfer_item", "transfer_id", transferId);
        LevelBook book = new LevelBook(em);
        String by = caller();
        String no = (String) t[3];
        for (DocumentItem item : sortedByProduct(items)) {
            try {
                book.apply(from.id(), from.kind() == WarehouseKind.WEB, item.productId(), MovementKind.TRANSFER_OUT,
                        item.quantity(), null, no, by);
            } catch (InsufficientStockException e) {
                throw InvalidInputException.of("items", "error.stock.insufficient", item.productCode());
            }
        }
        em.createNativeQuery("update stock_transfer set status = 'IN_TRANSIT', shipped_by = ?1, shipped_at = ?2 where id = ?3")
                .setParameter(1, by).setParameter(2, LevelBook.now()).setParameter(3, transferId).executeUpdate();
        storefrontChanged(from, items.stream().map(DocumentItem::productId).toList());
        return transfer(transferId).orElseThrow();
    }

    /**
     * 입고 with 납품 확인: the destination counts each item; what arrived goes on hand there, what is
     * missing stays on the transfer as its shortfall.
     *
     * @param confirmed line number to the quantity that arrived; a line not given arrived in full
     * @throws InvalidInputException {@code transfer} / {@code error.transfer.state} when not 이동 중,
     *         {@code confirmed} when a count is below 0 or above what was shipped
     */
    @RolesAllowed({Roles.ADMIN, Roles.ORDERS})
    public TransferView receiveTransfer(long transferId, Map<Integer, Integer> confirmed) {
        Object[] t = lockTransfer(transferId, TransferStatus.RECEIVED);
        WarehouseView to = warehouse(num(t[2]));
        List<DeliveryConfirmation.Line> lines = confirmLines(
                items("stock_transfer_item", "transfer_id", transferId), confirmed);
        String by = caller();
        bookIn(to, lines, MovementKind.TRANSFER_IN, (String) t[3], by);
        writeConfirmed("stock_transfer_item", "transfer_id", transferId, lines);
        em.createNativeQuery("update stock_transfer set status = 'RECEIVED', received_by = ?1, received_at = ?2,"
                        + " shortfall = ?3 where id = ?4")
                .setParameter(1, by).setParameter(2, LevelBook.now())
                .setParameter(3, DeliveryConfirmation.totalShortfall(lines)).setParameter(4, transferId).executeUpdate();
        return transfer(transferId).orElseThrow();
    }

    /** 취소 of a transfer not shipped yet; nothing had moved. */
    @RolesAllowed({Roles.ADMIN, Roles.ORDERS})
    public TransferView cancelTransfer(long transferId) {
        lockTransfer(transferId, TransferStatus.CANCELLED);
        em.createNativeQuery("update stock_transfer set status = 'CANCELLED', cancelled_by = ?1, cancelled_at = ?2"
                        + " where id = ?3")
                .setParameter(1, caller()).setParameter(2, LevelBook.now()).setParameter(3, transferId).executeUpdate();
        return transfer(transferId).orElseThrow();
    }

    /**
     * Transfers, newest first.
     *
     * @param status one status, or null for all
     * @param shortfallOnly only received transfers where something was missing
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    @RolesAllowed({Roles.ADMIN, Roles.ORDERS, Roles.READONLY})
    public StockPage<TransferView> transfers(TransferStatus status, boolean shortfallOnly, int first, int size) {
        String where = " where 1 = 1" + (status == null ? "" : " and t.status = ?1") + (shortfallOnly ? " and t.shortfall > 0" : "");
        Query count = em.createNativeQuery("select count(*) from stock_transfer t" + where);
        Query q = em.createNativeQuery(TRANSFER + where + " order by t.id desc");
        if (status != null) {
            count.setParameter(1, status.name());
            q.setParameter(1, status.name());
        }
        long total = num(count.getSingleResult());
        List<Object[]> rows = q.setFirstResult(Math.max(0, first)).setMaxResults(pageSize(size)).getResultList();
        return new StockPage<>(rows.stream().map(r -> transferView(r, null)).toList(), total);
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    @RolesAllowed({Roles.ADMIN, Roles.ORDERS, Roles.READONLY})
    public Optional<TransferView> transfer(long id) {
        List<Object[]> rows = em.createNativeQuery(TRANSFER + " where t.id = ?1").setParameter(1, id).getResultList();
        return rows.stream().findFirst()
                .map(r -> transferView(r, items("stock_transfer_item", "transfer_id", id)));
    }

    // ---------------------------------------------------------------- 입고 (from suppliers)

    /**
     * 입고 예정: a supplier's delivery as announced (its delivery note), nothing on hand yet. A
     * repeated request with the same {@code requestKey} returns the first receipt.
     *
     * @throws InvalidInputException {@code supplier} (1–100), {@code warehouse}, {@code items}, {@code note}
     */
    @RolesAllowed({Roles.ADMIN, Roles.ORDERS})
    public ReceiptView registerReceipt(long warehouseId, String supplier, List<ItemRequest> items, String note,
            String requestKey) {
        Optional<Long> earlier = byRequestKey("goods_receipt", requestKey);
        if (earlier.isPresent()) {
            return receipt(earlier.get()).orElseThrow();
        }
        Checks checks = new Checks();
        checks.required("supplier", supplier).maxLength("supplier", supplier, 100);
        checks.maxLength("note", note, 200);
        checks.that(requestKey == null || requestKey.length() <= 40, "requestKey", "error.stock.requestKey");
        checks.throwIfAny();
        warehouse(warehouseId);
        Map<Long, Integer> lines = lines(items);
        long seq = num(em.createNativeQuery("select nextval(stock_document_seq)").getSingleResult());
        String no = String.format("GR%08d", seq);
        em.createNativeQuery("insert into goods_receipt (receipt_no, warehouse_id, supplier, status, note, request_key,"
                        + " created_by, created_at) values (?1, ?2, ?3, 'EXPECTED', ?4, ?5, ?6, ?7)")
                .setParameter(1, no).setParameter(2, warehouseId).setParameter(3, supplier.trim())
                .setParameter(4, blankToNull(note)).setParameter(5, blankToNull(requestKey))
                .setParameter(6, caller()).setParameter(7, LevelBook.now()).executeUpdate();
        long id = num(em.createNativeQuery("select id from goods_receipt where receipt_no = ?1").setParameter(1, no)
                .getSingleResult());
        insertItems("goods_receipt_item", "receipt_id", id, lines);
        return receipt(id).orElseThrow();
    }

    /**
     * 납품 확인 of a supplier's delivery: what arrived goes on hand (RECEIPT), the shortfall stays
     * on the receipt.
     */
    @RolesAllowed({Roles.ADMIN, Roles.ORDERS})
    public ReceiptView confirmReceipt(long receiptId, Map<Integer, Integer> confirmed) {
        Object[] r = lockReceipt(receiptId);
        WarehouseView w = warehouse(num(r[1]));
        List<DeliveryConfirmation.Line> lines = confirmLines(items("goods_receipt_item", "receipt_id", receiptId),
                confirmed);
        String by = caller();
        bookIn(w, lines, MovementKind.RECEIPT, (String) r[2], by);
        writeConfirmed("goods_receipt_item", "receipt_id", receiptId, lines);
        em.createNativeQuery("update goods_receipt set status = 'RECEIVED', received_by = ?1, received_at = ?2,"
                        + " shortfall = ?3 where id = ?4")
                .setParameter(1, by).setParameter(2, LevelBook.now())
                .setParameter(3, DeliveryConfirmation.totalShortfall(lines)).setParameter(4, receiptId).executeUpdate();
        return receipt(receiptId).orElseThrow();
    }

    @RolesAllowed({Roles.ADMIN, Roles.ORDERS})
    public ReceiptView cancelReceipt(long receiptId) {
        lockReceipt(receiptId);
        em.createNativeQuery("update goods_receipt set status = 'CANCELLED', cancelled_by = ?1, cancelled_at = ?2"
                        + " where id = ?3")
                .setParameter(1, caller()).setParameter(2, LevelBook.now()).setParameter(3, receiptId).executeUpdate();
        return receipt(receiptId).orElseThrow();
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    @RolesAllowed({Roles.ADMIN, Roles.ORDERS, Roles.READONLY})
    public StockPage<ReceiptView> receipts(ReceiptStatus status, int first, int size) {
        String where = status == null ? "" : " where g.status = ?1";
        Query count = em.createNativeQuery("select count(*) from goods_receipt g" + where);
        Query q = em.createNativeQuery(RECEIPT + where + " order by g.id desc");
        if (status != null) {
            count.setParameter(1, status.name());
            q.setParameter(1, status.name());
        }
        long total = num(count.getSingleResult());
        List<Object[]> rows = q.setFirstResult(Math.max(0, first)).setMaxResults(pageSize(size)).getResultList();
        return new StockPage<>(rows.stream().map(r -> receiptView(r, null)).toList(), total);
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    @RolesAllowed({Roles.ADMIN, Roles.ORDERS, Roles.READONLY})
    public Optional<ReceiptView> receipt(long id) {
        List<Object[]> rows = em.createNativeQuery(RECEIPT + " where g.id = ?1").setParameter(1, id).getResultList();
        return rows.stream().findFirst().map(r -> receiptView(r, items("goods_receipt_item", "receipt_id", id)));
    }

    // ---------------------------------------------------------------- helpers

    private static final String TRANSFER = "select t.id, t.transfer_no, t.from_warehouse_id, f.name, t.to_warehouse_id,"
            + " d.name, t.status, t.note, t.requested_by, t.requested_at, t.shipped_by, t.shipped_at, t.received_by,"
            + " t.received_at, t.cancelled_by, t.cancelled_at,"
            + " (select coalesce(sum(i.quantity), 0) from stock_transfer_item i where i.transfer_id = t.id), t.shortfall"
            + " from stock_transfer t join warehouse f on f.id = t.from_warehouse_id join warehouse d on d.id = t.to_warehouse_id";

    private static final String RECEIPT = "select g.id, g.receipt_no, g.warehouse_id, w.name, g.supplier, g.status, g.note,"
            + " g.created_by, g.created_at, g.received_by, g.received_at,"
            + " (select coalesce(sum(i.quantity), 0) from goods_receipt_item i where i.receipt_id = g.id), g.shortfall"
            + " from goods_receipt g join warehouse w on w.id = g.warehouse_id";

    private static TransferView transferView(Object[] r, List<DocumentItem> items) {
        return new TransferView(num(r[0]), (String) r[1], num(r[2]), (String) r[3], num(r[4]), (String) r[5],
                TransferStatus.valueOf((String) r[6]), (String) r[7], (String) r[8], time(r[9]), (String) r[10],
                time(r[11]), (String) r[12], time(r[13]), (String) r[14], time(r[15]), (int) num(r[16]),
                (int) num(r[17]), items);
    }

    private static ReceiptView receiptView(Object[] r, List<DocumentItem> items) {
        return new ReceiptView(num(r[0]), (String) r[1], num(r[2]), (String) r[3], (String) r[4],
                ReceiptStatus.valueOf((String) r[5]), (String) r[6], (String) r[7], time(r[8]), (String) r[9],
                time(r[10]), (int) num(r[11]), (int) num(r[12]), items);
    }

    /** Locks a transfer and checks its life cycle allows the target; returns id, from, to, number. */
    private Object[] lockTransfer(long id, TransferStatus target) {
        List<Object[]> rows = em.createNativeQuery("select id, from_warehouse_id, to_warehouse_id, transfer_no, status"
                + " from stock_transfer where id = ?1 for update").setParameter(1, id).getResultList();
        if (rows.isEmpty()) {
            throw InvalidInputException.of("transfer", "error.transfer.unknown");
        }
        if (!TransferStatus.valueOf((String) rows.get(0)[4]).canMoveTo(target)) {
            throw InvalidInputException.of("transfer", "error.transfer.state");
        }
        return rows.get(0);
    }

    /** Locks a receipt that is still expected; returns id, warehouse, number. */
    private Object[] lockReceipt(long id) {
        List<Object[]> rows = em.createNativeQuery("select id, warehouse_id, receipt_no, status from goods_receipt"
                + " where id = ?1 for update").setParameter(1, id).getResultList();
        if (rows.isEmpty()) {
            throw InvalidInputException.of("receipt", "error.receipt.unknown");
        }
        if (!ReceiptStatus.EXPECTED.name().equals(rows.get(0)[3])) {
            throw InvalidInputException.of("receipt", "error.receipt.state");
        }
        return rows.get(0);
    }

    private List<DeliveryConfirmation.Line> confirmLines(List<DocumentItem> items, Map<Integer, Integer> confirmed) {
        Map<Integer, Integer> sent = new LinkedHashMap<>();
        Map<Integer, Long> products = new HashMap<>();
        for (DocumentItem i : items) {
            sent.put(i.lineNo(), i.quantity());
            products.put(i.lineNo(), i.productId());
        }
        return DeliveryConfirmation.confirm(sent, products, confirmed == null ? Map.of() : confirmed);
    }

    private void bookIn(WarehouseView w, List<DeliveryConfirmation.Line> lines, MovementKind kind, String reference,
            String by) {
        LevelBook book = new LevelBook(em);
        List<Long> products = new ArrayList<>();
        lines.stream().filter(l -> l.confirmed() > 0)
                .sorted(java.util.Comparator.comparingLong(DeliveryConfirmation.Line::productId))
                .forEach(l -> {
                    book.apply(w.id(), w.kind() == WarehouseKind.WEB, l.productId(), kind, l.confirmed(),
                            l.shortfall() > 0 ? "short " + l.shortfall() : null, reference, by);
                    products.add(l.productId());
                });
        storefrontChanged(w, products);
    }

    private void writeConfirmed(String table, String key, long id, List<DeliveryConfirmation.Line> lines) {
        for (DeliveryConfirmation.Line l : lines) {
            em.createNativeQuery("update " + table + " set confirmed_quantity = ?1 where " + key + " = ?2 and line_no = ?3")
                    .setParameter(1, l.confirmed()).setParameter(2, id).setParameter(3, l.lineNo()).executeUpdate();
        }
    }

    private List<DocumentItem> items(String table, String key, long id) {
        List<Object[]> rows = em.createNativeQuery("select i.line_no, i.product_id, p.code, p.name, i.quantity,"
                + " i.confirmed_quantity from " + table + " i join product p on p.id = i.product_id where i." + key
                + " = ?1 order by i.line_no").setParameter(1, id).getResultList();
        return rows.stream().map(r -> new DocumentItem((int) num(r[0]), num(r[1]), (String) r[2], (String) r[3],
                (int) num(r[4]), r[5] == null ? null : (int) num(r[5]))).toList();
    }

    private static List<DocumentItem> sortedByProduct(List<DocumentItem> items) {
        return items.stream().sorted(java.util.Comparator.comparingLong(DocumentItem::productId)).toList();
    }

    private void insertItems(String table, String key, long id, Map<Long, Integer> lines) {
        int lineNo = 1;
        for (var e : lines.entrySet()) {
            em.createNativeQuery("insert into " + table + " (" + key + ", line_no, product_id, quantity)"
                            + " values (?1, ?2, ?3, ?4)")
                    .setParameter(1, id).setParameter(2, lineNo++).setParameter(3, e.getKey()).setParameter(4, e.getValue())
                    .executeUpdate();
        }
    }

    /** Checked items: product id to quantity, in the order typed. */
    private Map<Long, Integer> lines(List<ItemRequest> items) {
        if (items == null || items.isEmpty() || items.size() > MAX_ITEMS) {
            throw InvalidInputException.of("items", "error.stock.items");
        }
        for (ItemRequest i : items) {
            if (i == null || i.productCode() == null || i.quantity() <= 0 || i.quantity() > MAX_QUANTITY) {
                throw InvalidInputException.of("items", "error.stock.items");
            }
        }
        Map<String, Long> ids = productIds(items.stream().map(ItemRequest::productCode).toList());
        Map<Long, Integer> lines = new LinkedHashMap<>();
        for (ItemRequest i : items) {
            if (lines.put(ids.get(i.productCode().trim()), i.quantity()) != null) {
                throw InvalidInputException.of("items", "error.stock.duplicateItem", i.productCode().trim());
            }
        }
        return lines;
    }

    /** Product ids by code in one query; an unknown code is refused by name. */
    private Map<String, Long> productIds(List<String> codes) {
        List<String> trimmed = codes.stream().map(c -> c == null ? "" : c.trim()).toList();
        for (String c : trimmed) {
            if (c.isEmpty() || c.length() > 20) {
                throw InvalidInputException.of("product", "error.stock.productUnknown", c);
            }
        }
        List<Object[]> rows = em.createNativeQuery("select code, id from product where code in (?1)")
                .setParameter(1, trimmed).getResultList();
        Map<String, Long> ids = new TreeMap<>();
        rows.forEach(r -> ids.put((String) r[0], num(r[1])));
        for (String c : trimmed) {
            if (!ids.containsKey(c)) {
                throw InvalidInputException.of("product", "error.stock.productUnknown", c);
            }
        }
        return ids;
    }

    private long productId(String code) {
        String c = code == null ? "" : code.trim();
        return productIds(List.of(c)).get(c);
    }

    private WarehouseView warehouse(long id) {
        return warehouses().stream().filter(w -> w.id() == id).findFirst()
                .orElseThrow(() -> InvalidInputException.of("warehouse", "error.warehouse.unknown"));
    }

    private Optional<Long> byRequestKey(String table, String requestKey) {
        if (requestKey == null || requestKey.isBlank()) {
            return Optional.empty();
        }
        List<?> rows = em.createNativeQuery("select id from " + table + " where request_key = ?1")
                .setParameter(1, requestKey.trim()).getResultList();
        return rows.stream().findFirst().map(StockDesk::num);
    }

    private String stockWhere(StockQuery query, Map<String, Object> params) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (query.warehouseId() != null) {
            where.append(" and s.warehouse_id = :warehouse");
            params.put("warehouse", query.warehouseId());
        }
        if (query.branchCode() != null && !query.branchCode().isBlank()) {
            where.append(" and w.branch_code = :branch");
            params.put("branch", query.branchCode().trim());
        }
        productFilter(query.product(), "s.product_id", where, params);
        if (query.belowSafetyOnly()) {
            where.append(" and s.below_safety = true");
        }
        return where.toString();
    }

    /** An exact product code uses the product's id (indexed); other text matches part of the name. */
    private void productFilter(String product, String column, StringBuilder where, Map<String, Object> params) {
        if (product == null || product.isBlank()) {
            return;
        }
        String text = product.trim();
        List<?> exact = em.createNativeQuery("select id from product where code = ?1").setParameter(1, text)
                .getResultList();
        if (!exact.isEmpty()) {
            where.append(" and ").append(column).append(" = :product");
            params.put("product", num(exact.get(0)));
        } else {
            where.append(" and p.name like :product");
            params.put("product", "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
    }

    private void storefrontChanged(WarehouseView w, List<Long> productIds) {
        if (w.kind() == WarehouseKind.WEB && !productIds.isEmpty()) {
            catalogChanges.changedOnCommit(productIds);
        }
    }

    private static StockRow stockRow(Object[] r) {
        return StockRow.of(num(r[0]), (String) r[1], (String) r[2], (String) r[3], num(r[4]), (String) r[5],
                (String) r[6], (int) num(r[7]), (int) num(r[8]), (int) num(r[9]), bool(r[10]), time(r[11]));
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }

    private static int pageSize(int size) {
        return Math.min(Math.max(1, size), 200);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    static long num(Object o) {
        return ((Number) o).longValue();
    }

    static boolean bool(Object o) {
        return o instanceof Boolean b ? b : ((Number) o).intValue() != 0;
    }

    static LocalDateTime time(Object o) {
        if (o == null) {
            return null;
        }
        return o instanceof Timestamp ts ? ts.toLocalDateTime() : (LocalDateTime) o;
    }
}
