package com.market25.admin.inventory;

import com.market25.admin.customer.FormErrors;
import com.market25.admin.i18n.Texts;
import com.market25.common.InvalidInputException;
import com.market25.inventory.StockDesk;
import com.market25.inventory.StockPage;
import com.market25.inventory.StockQuery;
import com.market25.inventory.StockRow;
import com.market25.inventory.StockSort;
import com.market25.inventory.WarehouseView;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * 재고 현황 (INV-01): stock per warehouse and product, paged and sorted by the database, with the
 * 적정재고 alert list (below-safety filter), safety stock and adjustments with a reason.
 */
@Named
@ViewScoped
public class StockBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private StockDesk desk;

    private Long warehouseId;
    private String branchCode;
    private String product;
    private boolean belowSafetyOnly;
    private StockQuery query = StockQuery.all();
    private List<WarehouseView> warehouses;
    private Long alerts;
    private StockRow selected;
    private Integer safetyStock;
    private Integer change;
    private String reason;
    private final Levels levels = new Levels();

    public void search() {
        query = new StockQuery(warehouseId, branchCode, product, belowSafetyOnly);
        levels.forget();
    }

    /** The alert's link: only the levels below their safety stock, in every warehouse. */
    public void showBelowSafety() {
        warehouseId = null;
        branchCode = null;
        product = null;
        belowSafetyOnly = true;
        search();
    }

    public void select(StockRow row) {
        selected = row;
        safetyStock = row.safetyStock();
        change = null;
        reason = null;
    }

    public void saveSafetyStock() {
        if (selected == null) {
            return;
        }
        try {
            desk.setSafetyStock(selected.warehouseId(), selected.productCode(), safetyStock == null ? -1 : safetyStock);
            Texts.info(null, Texts.ui("stock.safetySaved", selected.productName(), selected.warehouseName()));
            refreshSelected();
        } catch (InvalidInputException e) {
            FormErrors.show(e, "stockForm");
        }
    }

    public void adjust() {
        if (selected == null) {
            return;
        }
        try {
            desk.adjust(selected.warehouseId(), selected.productCode(), change == null ? 0 : change, reason);
            Texts.info(null, Texts.ui("stock.adjusted", selected.productName(), selected.warehouseName()));
            change = null;
            reason = null;
            refreshSelected();
        } catch (InvalidInputException e) {
            FormErrors.show(e, "stockForm");
        }
    }

    private void refreshSelected() {
        selected = desk.level(selected.warehouseId(), selected.productCode()).orElse(null);
        alerts = null;
        levels.forget();
    }

    public class Levels extends LazyDataModel<StockRow> {

        private static final long serialVersionUID = 1L;

        private Long total;

        void forget() {
            total = null;
        }

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            if (total == null) {
                total = desk.stock(query, null, 0, 1).total();
            }
            return (int) Math.min(Integer.MAX_VALUE, total);
        }

        @Override
        public List<StockRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            StockPage<StockRow> page = desk.stock(query, sort(sortBy), first, pageSize);
            total = page.total();
            setRowCount((int) Math.min(Integer.MAX_VALUE, total));
            return page.rows();
        }

        private StockSort sort(Map<String, SortMeta> sortBy) {
            for (SortMeta meta : sortBy.values()) {
                boolean descending = meta.getOrder() == SortOrder.DESCENDING;
                switch (meta.getField()) {
                    case "productCode":
                        return StockSort.PRODUCT;
                    case "productName":
                        return StockSort.PRODUCT_NAME;
                    case "available":
                        return descending ? StockSort.AVAILABLE_DESC : StockSort.AVAILABLE;
                    case "shortage":
                        return StockSort.SHORTAGE;
                    default:
                        return StockSort.WAREHOUSE;
                }
            }
            return belowSafetyOnly ? StockSort.SHORTAGE : StockSort.WAREHOUSE;
        }

        @Override
        public String getRowKey(StockRow row) {
            return row.key();
        }
    }

    public String getTotalText() {
        return Texts.ui("stock.total", levels.total == null ? 0 : levels.total);
    }

    public long getAlerts() {
        if (alerts == null) {
            alerts = desk.belowSafetyCount();
        }
        return alerts;
    }

    public List<WarehouseView> getWarehouses() {
        if (warehouses == null) {
            warehouses = desk.warehouses();
        }
        return warehouses;
    }

    public Levels getLevels() {
        return levels;
    }

    public StockRow getSelected() {
        return selected;
    }

    public Long getWarehouseId() {
        return warehouseId;
    }

    public void setWarehouseId(Long warehouseId) {
        this.warehouseId = warehouseId;
    }

    public String getBranchCode() {
        return branchCode;
    }

    public void setBranchCode(String branchCode) {
        this.branchCode = branchCode;
    }

    public String getProduct() {
        return product;
    }

    public void setProduct(String product) {
        this.product = product;
    }

    public boolean isBelowSafetyOnly() {
        return belowSafetyOnly;
    }

    public void setBelowSafetyOnly(boolean belowSafetyOnly) {
        this.belowSafetyOnly = belowSafetyOnly;
    }

    public Integer getSafetyStock() {
        return safetyStock;
    }

    public void setSafetyStock(Integer safetyStock) {
        this.safetyStock = safetyStock;
    }

    public Integer getChange() {
        return change;
    }

    public void setChange(Integer change) {
        this.change = change;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
