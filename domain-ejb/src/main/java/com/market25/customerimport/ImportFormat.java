package com.market25.customerimport;

import java.util.Arrays;
import java.util.Optional;

/**
 * The file formats the import knows. Each purchase format has its own purchase source (marked on
 * every imported order in {@code purchase_history.source}) and its own customer-id namespace
 * ({@code member.external_source}): a later file of the same format attaches its orders to the
 * customers an earlier file created under the same ids.
 */
public enum ImportFormat {
    /** CDNOW purchase log: {@code customer_id yyyymmdd quantity amount_usd}, whitespace separated, one line one order. */
    CDNOW("cdnow", "IMPORT_CDNOW", true),
    /** UCI Online Retail CSV: lines grouped by InvoiceNo into one order; C… invoices are cancellations. */
    ONLINE_RETAIL("online-retail", "IMPORT_RETAIL", true),
    /** A plain customer list (CSV with a header: name, phone, e-mail, address, company, optional id). */
    CUSTOMERS_CSV("customers-csv", "IMPORT_CUSTOMERS", false),
    /** An Excel workbook (first sheet), read through the column mapping: a purchase log when an amount is mapped, else a customer list. */
    XLSX("xlsx", "IMPORT_XLSX", false);

    private final String code;
    private final String purchaseSource;
    private final boolean purchaseLog;

    ImportFormat(String code, String purchaseSource, boolean purchaseLog) {
        this.code = code;
        this.purchaseSource = purchaseSource;
        this.purchaseLog = purchaseLog;
    }

    /** The name in the API ({@code ?format=cdnow}). */
    public String code() {
        return code;
    }

    /** {@code purchase_history.source} of the orders this format brings. */
    public String purchaseSource() {
        return purchaseSource;
    }

    /** {@code member.external_source} of the customers it creates. */
    public String externalSource() {
        return name();
    }

    /** Whether the format is always a purchase log (xlsx decides by its mapping). */
    public boolean purchaseLog() {
        return purchaseLog;
    }

    /** Whether the staff map the columns before the import (xlsx, customer lists). */
    public boolean mapped() {
        return this == XLSX || this == CUSTOMERS_CSV;
    }

    public static Optional<ImportFormat> ofCode(String code) {
        return Arrays.stream(values()).filter(f -> f.code.equalsIgnoreCase(code == null ? "" : code.trim())).findFirst();
    }
}
