package com.market25.admin.it;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * INV-01 test data: a fresh product per test (in a sub-category, so no shop corner shows it),
 * warehouses by code, stock levels and ledger rows read from the EAR's database.
 */
final class StockFixture {

    final StaffApi api = StaffApi.admin();

    /** A new product, sold at 1,000원, with this many in the web-shop warehouse (booked through the API). */
    String newProduct(int webStock) throws Exception {
        String code = "INV" + (System.nanoTime() % 100_000_000_000_000L);
        try (Connection c = StaffApi.db()) {
            c.createStatement().executeUpdate("insert ignore into category (code, name_ko, name_en, parent_id, sort_order)"
                    + " select 'IT-INV01', '재고 시험', 'stock test', min(id), 98 from category where parent_id is null"
                    + " having min(id) is not null");
            try (PreparedStatement insert = c.prepareStatement("insert into product (code, category_id, kind, name,"
                    + " supplier, consumer_price, sale_price, stock, active)"
                    + " select ?, id, '시험', ?, '시험', 1000, 1000, 0, true from category where code = 'IT-INV01'")) {
                insert.setString(1, code);
                insert.setString(2, "재고시험 " + code);
                insert.executeUpdate();
            }
        }
        if (webStock > 0) {
            adjust("WEB", code, webStock, "시험 입고");
        }
        return code;
    }

    void adjust(String warehouse, String product, int change, String reason) throws Exception {
        HttpResponse<String> r = api.post("stock/adjustments", "{\"warehouse\":" + warehouse(warehouse)
                + ",\"product\":\"" + product + "\",\"change\":" + change + ",\"reason\":\"" + reason + "\"}");
        if (r.statusCode() != 200) {
            throw new AssertionError("adjustment answered " + r.statusCode() + ": " + r.body());
        }
    }

    long warehouse(String code) throws SQLException {
        return single("select id from warehouse where code = ?", code);
    }

    /** {on hand, reserved} of the product in the warehouse; {0, 0} when it has no level there. */
    int[] level(String warehouse, String product) throws SQLException {
        try (Connection c = StaffApi.db(); PreparedStatement ps = c.prepareStatement("select s.on_hand, s.reserved"
                + " from stock_level s join warehouse w on w.id = s.warehouse_id join product p on p.id = s.product_id"
                + " where w.code = ? and p.code = ?")) {
            ps.setString(1, warehouse);
            ps.setString(2, product);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? new int[] {rs.getInt(1), rs.getInt(2)} : new int[] {0, 0};
            }
        }
    }

    /** product.stock: what the storefront shows and sells. */
    int storefrontStock(String product) throws SQLException {
        return (int) single("select stock from product where code = ?", product);
    }

    /** Ledger rows of a kind for the product in the warehouse. */
    long movements(String warehouse, String product, String kind) throws SQLException {
        try (Connection c = StaffApi.db(); PreparedStatement ps = c.prepareStatement("select count(*) from stock_movement m"
                + " join warehouse w on w.id = m.warehouse_id join product p on p.id = m.product_id"
                + " where w.code = ? and p.code = ? and m.kind = ?")) {
            ps.setString(1, warehouse);
            ps.setString(2, product);
            ps.setString(3, kind);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    static String orderStatus(String slipNo) throws SQLException {
        try (Connection c = StaffApi.db(); PreparedStatement ps = c.prepareStatement(
                "select status from customer_order where slip_no = ?")) {
            ps.setString(1, slipNo);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    /** Runs the tasks at once on as many threads and returns their results (a failed task's as null). */
    static <T> List<T> inParallel(List<Callable<T>> tasks) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        try {
            List<Future<T>> futures = pool.invokeAll(tasks, 120, TimeUnit.SECONDS);
            List<T> results = new ArrayList<>();
            for (Future<T> f : futures) {
                try {
                    results.add(f.get());
                } catch (Exception e) {
                    results.add(null);
                }
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private static long single(String sql, String param) throws SQLException {
        try (Connection c = StaffApi.db(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, param);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new AssertionError("nothing for " + param + ": " + sql);
                }
                return rs.getLong(1);
            }
        }
    }
}
