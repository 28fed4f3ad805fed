package com.market25.admin.inventory;

import com.market25.admin.customer.FormErrors;
import com.market25.admin.i18n.Texts;
import com.market25.common.InvalidInputException;
import com.market25.inventory.DocumentItem;
import com.market25.inventory.ReceiptStatus;
import com.market25.inventory.ReceiptView;
import com.market25.inventory.StockDesk;
import com.market25.inventory.StockPage;
import com.market25.inventory.TransferStatus;
import com.market25.inventory.TransferView;
import com.market25.inventory.WarehouseView;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * 재고 이동 (INV-01): transfers between the head office and the branches (요청 → 출고, 이동 중 →
 * 입고 with 납품 확인 per item; 취소 before shipping) and goods receipts from suppliers (입고 예정 →
 * 납품 확인). The forms carry a request key, so a double click makes one document.
 */
@Named
@ViewScoped
public class TransfersBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private StockDesk desk;

    private List<WarehouseView> warehouses;

    // new transfer
    private Long fromId;
    private Long toId;
    private String transferItems;
    private String transferNote;
    private String transferKey = UUID.randomUUID().toString();

    // transfer list and the one opened
    private TransferStatus statusFilter;
    private boolean shortfallOnly;
    private TransferView transfer;
    private final Map<Integer, Integer> confirmed = new HashMap<>();
    private final Transfers transfers = new Transfers();

    // new receipt, list and the one opened
    private Long receiptWarehouseId;
    private String supplier;
    private String receiptItems;
    private String receiptNote;
    private String receiptKey = UUID.randomUUID().toString();
    private ReceiptView receipt;
    private final Map<Integer, Integer> receiptConfirmed = new HashMap<>();
    private final Receipts receipts = new Receipts();

    public void requestTransfer() {
        try {
            TransferView t = desk.requestTransfer(fromId == null ? 0 : fromId, toId == null ? 0 : toId,
                    ItemLines.parse(transferItems, "transferItems"), transferNote, transferKey);
            Texts.info(null, Texts.ui("transfer.requested", t.transferNo()));
            transferKey = UUID.randomUUID().toString();
            transferItems = null;
            transferNote = null;
            open(t);
            transfers.total = null;
        } catch (InvalidInputException e) {
            FormErrors.show(renamed(e, Map.of("items", "transferItems", "to", "toId", "note", "transferNote")), "tabs:transferForm");
        }
    }

    public void open(TransferView t) {
        transfer = desk.transfer(t.id()).orElse(null);
        confirmed.clear();
        if (transfer != null) {
            transfer.items().forEach(i -> confirmed.put(i.lineNo(), i.confirmedQuantity() == null ? i.quantity()
                    : i.confirmedQuantity()));
        }
    }

    public void ship() {
        act(() -> desk.shipTransfer(transfer.id()), "transfer.shipped");
    }

    public void receive() {
        act(() -> desk.receiveTransfer(transfer.id(), Map.copyOf(confirmed)), "transfer.received");
    }

    public void cancel() {
        act(() -> desk.cancelTransfer(transfer.id()), "transfer.cancelled");
    }

    private void act(java.util.function.Supplier<TransferView> action, String messageKey) {
        if (transfer == null) {
            return;
        }
        try {
            TransferView t = action.get();
            Texts.info(null, Texts.ui(messageKey, t.transferNo()));
            open(t);
        } catch (InvalidInputException e) {
            FormErrors.show(e, "tabs:detailForm");
            open(transfer);
        }
        transfers.total = null;
    }

    public void registerReceipt() {
        try {
            ReceiptView r = desk.registerReceipt(receiptWarehouseId == null ? 0 : receiptWarehouseId, supplier,
                    ItemLines.parse(receiptItems, "receiptItems"), receiptNote, receiptKey);
            Texts.info(null, Texts.ui("receipt.registered", r.receiptNo()));
            receiptKey = UUID.randomUUID().toString();
            receiptItems = null;
            receiptNote = null;
            openReceipt(r);
            receipts.total = null;
        } catch (InvalidInputException e) {
            FormErrors.show(renamed(e, Map.of("items", "receiptItems", "warehouse", "receiptWarehouse", "note",
                    "receiptNote")), "tabs:receiptForm");
        }
    }

    public void openReceipt(ReceiptView r) {
        receipt = desk.receipt(r.id()).orElse(null);
        receiptConfirmed.clear();
        if (receipt != null) {
            receipt.items().forEach(i -> receiptConfirmed.put(i.lineNo(), i.confirmedQuantity() == null ? i.quantity()
                    : i.confirmedQuantity()));
        }
    }

    public void confirmReceipt() {
        actOnReceipt(() -> desk.confirmReceipt(receipt.id(), Map.copyOf(receiptConfirmed)), "receipt.confirmed");
    }

    public void cancelReceipt() {
        actOnReceipt(() -> desk.cancelReceipt(receipt.id()), "receipt.cancelled");
    }

    private void actOnReceipt(java.util.function.Supplier<ReceiptView> action, String messageKey) {
        if (receipt == null) {
            return;
        }
        try {
            ReceiptView r = action.get();
            Texts.info(null, Texts.ui(messageKey, r.receiptNo()));
            openReceipt(r);
        } catch (InvalidInputException e) {
            FormErrors.show(e, "tabs:receiptDetailForm");
            openReceipt(receipt);
        }
        receipts.total = null;
    }

    public void filter() {
        transfers.total = null;
    }

    private static InvalidInputException renamed(InvalidInputException e, Map<String, String> names) {
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        Map<String, Object[]> args = new HashMap<>();
        e.fieldErrors().forEach((field, key) -> {
            String name = names.getOrDefault(field, field);
            fields.put(name, key);
            args.put(name, e.arguments(field));
        });
        return new InvalidInputException(fields, args);
    }

    public class Transfers extends LazyDataModel<TransferView> {

        private static final long serialVersionUID = 1L;

        private Long total;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            if (total == null) {
                total = desk.transfers(statusFilter, shortfallOnly, 0, 1).total();
            }
            return (int) Math.min(Integer.MAX_VALUE, total);
        }

        @Override
        public List<TransferView> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            StockPage<TransferView> page = desk.transfers(statusFilter, shortfallOnly, first, pageSize);
            total = page.total();
            setRowCount((int) Math.min(Integer.MAX_VALUE, total));
            return page.rows();
        }

        @Override
        public String getRowKey(TransferView row) {
            return String.valueOf(row.id());
        }
    }

    public class Receipts extends LazyDataModel<ReceiptView> {

        private static final long serialVersionUID = 1L;

        private Long total;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            if (total == null) {
                total = desk.receipts(null, 0, 1).total();
            }
            return (int) Math.min(Integer.MAX_VALUE, total);
        }

        @Override
        public List<ReceiptView> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            StockPage<ReceiptView> page = desk.receipts(null, first, pageSize);
            total = page.total();
            setRowCount((int) Math.min(Integer.MAX_VALUE, total));
            return page.rows();
        }

        @Override
        public String getRowKey(ReceiptView row) {
            return String.valueOf(row.id());
        }
    }

    public boolean isShippable() {
        return transfer != null && transfer.status() == TransferStatus.REQUESTED;
    }

    public boolean isReceivable() {
        return transfer != null && transfer.status() == TransferStatus.IN_TRANSIT;
    }

    public boolean isConfirmable() {
        return receipt != null && receipt.status() == ReceiptStatus.EXPECTED;
    }

    public int shortfallOf(DocumentItem item) {
        return item.shortfall();
    }

    public TransferStatus[] getStatuses() {
        return TransferStatus.values();
    }

    public List<WarehouseView> getWarehouses() {
        if (warehouses == null) {
            warehouses = desk.warehouses();
        }
        return warehouses;
    }

    public Transfers getTransfers() {
        return transfers;
    }

    public Receipts getReceipts() {
        return receipts;
    }

    public TransferView getTransfer() {
        return transfer;
    }

    public ReceiptView getReceipt() {
        return receipt;
    }

    public Map<Integer, Integer> getConfirmed() {
        return confirmed;
    }

    public Map<Integer, Integer> getReceiptConfirmed() {
        return receiptConfirmed;
    }

    public Long getFromId() {
        return fromId;
    }

    public void setFromId(Long fromId) {
        this.fromId = fromId;
    }

    public Long getToId() {
        return toId;
    }

    public void setToId(Long toId) {
        this.toId = toId;
    }

    public String getTransferItems() {
        return transferItems;
    }

    public void setTransferItems(String transferItems) {
        this.transferItems = transferItems;
    }

    public String getTransferNote() {
        return transferNote;
    }

    public void setTransferNote(String transferNote) {
        this.transferNote = transferNote;
    }

    public TransferStatus getStatusFilter() {
        return statusFilter;
    }

    public void setStatusFilter(TransferStatus statusFilter) {
        this.statusFilter = statusFilter;
    }

    public boolean isShortfallOnly() {
        return shortfallOnly;
    }

    public void setShortfallOnly(boolean shortfallOnly) {
        this.shortfallOnly = shortfallOnly;
    }

    public Long getReceiptWarehouseId() {
        return receiptWarehouseId;
    }

    public void setReceiptWarehouseId(Long receiptWarehouseId) {
        this.receiptWarehouseId = receiptWarehouseId;
    }

    public String getSupplier() {
        return supplier;
    }

    public void setSupplier(String supplier) {
        this.supplier = supplier;
    }

    public String getReceiptItems() {
        return receiptItems;
    }

    public void setReceiptItems(String receiptItems) {
        this.receiptItems = receiptItems;
    }

    public String getReceiptNote() {
        return receiptNote;
    }

    public void setReceiptNote(String receiptNote) {
        this.receiptNote = receiptNote;
    }
}
