package com.market25.customerimport;

import java.util.List;
import java.util.Locale;

/**
 * What a column of a mapped file (xlsx, customer list) can hold, with the longest text its
 * database column takes and the header names recognised without a saved mapping.
 */
public enum ImportField {
    CUSTOMER_ID(40, "customer_id", "customerid", "id", "고객id", "고객번호", "고객아이디"),
    ORDER_REF(40, "order", "order_no", "invoice", "invoiceno", "주문번호", "전표번호"),
    DATE(0, "date", "purchase_date", "invoicedate", "구매일", "주문일", "일자", "날짜"),
    QUANTITY(0, "quantity", "qty", "수량"),
    AMOUNT(0, "amount", "total", "금액", "구매금액", "주문금액"),
    NAME(60, "name", "이름", "성명", "고객명"),
    PHONE(30, "phone", "mobile", "tel", "전화", "전화번호", "휴대폰", "휴대전화", "연락처"),
    EMAIL(120, "email", "e-mail", "mail", "이메일", "전자우편"),
    ADDRESS(300, "address", "주소"),
    COMPANY(100, "company", "회사", "회사명", "직장", "직장명");

    private final int maxLength;
    private final List<String> headers;

    ImportField(int maxLength, String... headers) {
        this.maxLength = maxLength;
        this.headers = List.of(headers);
    }

    /** The longest text the field's column takes; 0 for numbers and dates. */
    public int maxLength() {
        return maxLength;
    }

    /** Whether a header cell names this field (case, spaces and underscores ignored). */
    public boolean recognises(String header) {
        if (header == null) {
            return false;
        }
        String h = header.replaceAll("[\\s_\\-]", "").toLowerCase(Locale.ROOT);
        return headers.stream().anyMatch(n -> n.replaceAll("[\\s_\\-]", "").equals(h));
    }

    /** Key of the field's label in the message bundle ({@code import.field.NAME}). */
    public String labelKey() {
        return "import.field." + name();
    }
}
