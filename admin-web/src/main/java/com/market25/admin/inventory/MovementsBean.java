package com.market25.admin.inventory;

import com.market25.admin.i18n.Texts;
import com.market25.inventory.MovementKind;
import com.market25.inventory.MovementQuery;
import com.market25.inventory.MovementRow;
import com.market25.inventory.StockDesk;
import com.market25.inventory.StockPage;
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

/** 입출고 내역 (INV-01): every in and out with reason and who, newest first, paged by the database. */
@Named
@ViewScoped
public class MovementsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private StockDesk desk;

    private Long warehouseId;
    private String product;
    private MovementKind kind;
    private MovementQuery query = new MovementQuery(null, null, null);
    private List<WarehouseView> warehouses;
    private final Movements movements = new Movements();

    /** From the stock screen's link ({@code ?warehouse=&product=}): the page opens filtered. */
    public void open() {
        search();
    }

    public void search() {
        query = new MovementQuery(warehouseId, product, kind);
        movements.total = null;
    }

    public class Movements extends LazyDataModel<MovementRow> {

        private static final long serialVersionUID = 1L;

        private Long total;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            if (total == null) {
                total = desk.movements(query, 0, 1).total();
            }
            return (int) Math.min(Integer.MAX_VALUE, total);
        }

        @Override
        public List<MovementRow> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            StockPage<MovementRow> page = desk.movements(query, first, pageSize);
            total = page.total();
            setRowCount((int) Math.min(Integer.MAX_VALUE, total));
            return page.rows();
        }

        @Override
        public String getRowKey(MovementRow row) {
            return String.valueOf(row.id());
        }
    }

    public String getTotalText() {
        return Texts.ui("stock.movements.total", movements.total == null ? 0 : movements.total);
    }

    public MovementKind[] getKinds() {
        return MovementKind.values();
    }

    public List<WarehouseView> getWarehouses() {
        if (warehouses == null) {
            warehouses = desk.warehouses();
        }
        return warehouses;
    }

    public Movements getMovements() {
        return movements;
    }

    public Long getWarehouseId() {
        return warehouseId;
    }

    public void setWarehouseId(Long warehouseId) {
        this.warehouseId = warehouseId;
    }

    public String getProduct() {
        return product;
    }

    public void setProduct(String product) {
        this.product = product;
    }

    public MovementKind getKind() {
        return kind;
    }

    public void setKind(MovementKind kind) {
        this.kind = kind;
    }
}
