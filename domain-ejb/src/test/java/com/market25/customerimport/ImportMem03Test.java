package com.market25.customerimport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** MEM-03 import: the built-in formats line by line, amounts, customer ids and the mapping. */
class ImportMem03Test {

    @TempDir
    Path dir;

    private final List<StagedRow> rows = new ArrayList<>();
    private final List<Reject> rejects = new ArrayList<>();

    @Test
    void mem03_aCdnowLineIsOneOrderWithTheAmountInCents() {
        new CdnowParser().parse(7, CdnowParser.split(" 00002 20210112  5   77.00"), rows, rejects);
        assertEquals(List.of(), rejects);
        StagedRow r = rows.get(0);
        assertEquals("00002", r.externalId());
        assertEquals(new BigDecimal("2"), r.idNumber());
        assertEquals(LocalDate.of(2021, 1, 12), r.purchasedOn());
        assertEquals(5, r.quantity());
        assertEquals(new BigDecimal("7700"), r.amount());
        assertNull(r.orderRef(), "one line, one order");
    }

    @Test
    void mem03_badCdnowLinesAreRejectedWithLineColumnAndReason() {
        CdnowParser p = new CdnowParser();
        p.parse(1, CdnowParser.split("00001 20210101 1"), rows, rejects);
        p.parse(2, CdnowParser.split("00001 20210230 1 11.77"), rows, rejects);
        p.parse(3, CdnowParser.split("00001 20210101 1 -1.00"), rows, rejects);
        p.parse(4, CdnowParser.split("00001 20210101 -2 5.00"), rows, rejects);
        p.parse(5, CdnowParser.split("00001 20210101 1 abc"), rows, rejects);
        p.parse(6, CdnowParser.split("x".repeat(41) + " 20210101 1 1.00"), rows, rejects);
        assertEquals(List.of(), rows);
        assertEquals(List.of("1:-:import.reject.columnCount", "2:date:import.reject.date",
                        "3:amount:import.reject.amountNegative", "4:quantity:import.reject.quantityNotPositive",
                        "5:amount:import.reject.amount", "6:customer_id:import.reject.tooLong"),
                rejects.stream().map(r -> r.line() + ":" + r.column() + ":" + r.reasonKey()).toList());
        assertEquals("40", rejects.get(5).reasonArgument());
        p.parse(7, CdnowParser.split("00001 20210101 1 0.00"), rows, rejects);
        assertEquals(1, rows.size(), "the log's free orders (0.00) are orders");
    }

    @Test
    void mem03_retailLinesKeepTheirInvoiceAndCancellationsArePositiveAndMarked() {
        RetailParser p = new RetailParser();
        p.parse(2, List.of("569901", "23256", "CHILDRENS CUTLERY SPACEBOY ", "2", "2011-10-06 16:20:00", "4.15",
                "12923.0", "United Kingdom"), rows, rejects);
        p.parse(3, List.of("C569902", "23256", "X", "-3", "12/1/2010 8:26", "0.165", "12923.0", "UK"), rows, rejects);
        assertEquals(List.of(), rejects);
        assertEquals("12923", rows.get(0).externalId(), "a spreadsheet's 12923.0 is the id 12923");
        assertEquals("569901", rows.get(0).orderRef());
        assertEquals(new BigDecimal("830"), rows.get(0).amount(), "2 × 4.15 pounds in pence");
        assertFalse(rows.get(0).cancelled());
        assertTrue(rows.get(1).cancelled());
        assertEquals(3, rows.get(1).quantity());
        assertEquals(new BigDecimal("50"), rows.get(1).amount(), "3 × 0.165 = 0.495 pounds, rounded half up to 50 pence");
        assertEquals(LocalDate.of(2010, 12, 1), rows.get(1).purchasedOn());
    }

    @Test
    void mem03_retailLinesWithoutCustomerOrWithFreeItemsAreRejected() {
        RetailParser p = new RetailParser();
        p.parse(4, List.of("536414", "22139", "", "56", "2010-12-01 11:52:00", "0.00", "", "United Kingdom"), rows, rejects);
        p.parse(5, List.of("C536415", "22139", "", "5", "2010-12-01 11:52:00", "1.00", "17850", "UK"), rows, rejects);
        p.parse(6, List.of("536416", "22139"), rows, rejects);
        assertEquals(List.of(), rows);
        assertEquals(List.of("4:UnitPrice:import.reject.amountNotPositive", "4:CustomerID:import.reject.customerIdMissing",
                        "5:Quantity:import.reject.cancelQuantity", "6:-:import.reject.columnCount"),
                rejects.stream().map(r -> r.line() + ":" + r.column() + ":" + r.reasonKey()).toList());
    }

    @Test
    void mem03_customerIdsCompareAsNumbersWhereTheyAreNumbers() {
        List<String> ids = new ArrayList<>(List.of("10", "9", "A-7", "00011", "100", "B", "2"));
        ids.sort(CustomerIds.ORDER);
        assertEquals(List.of("2", "9", "10", "00011", "100", "A-7", "B"), ids);
        assertNull(CustomerIds.clean("  "));
        assertEquals("17850", CustomerIds.clean(" 17850.0 "));
    }

    @Test
    void mem03_aCustomerListIsMappedFromItsKoreanHeader() {
        List<String> header = List.of("고객번호", "성명", "휴대폰", "이메일", "주소", "회사명");
        ColumnMapping mapping = ColumnMapping.fromHeaders(header);
        assertEquals(Map.of(ImportField.CUSTOMER_ID, 0, ImportField.NAME, 1, ImportField.PHONE, 2, ImportField.EMAIL, 3,
                ImportField.ADDRESS, 4, ImportField.COMPANY, 5), mapping.columns());
        assertFalse(mapping.purchaseLog());
        assertEquals(mapping, ColumnMapping.parse(mapping.spec()), "a saved mapping reads back the same");
        MappedParser p = new MappedParser(mapping, header);
        p.parse(2, List.of("7", "홍길동", "010-1234-5678", "Hong@Example.com", "서울 강남구 역삼동 123-4", "㈜마켓이십오"), rows, rejects);
        p.parse(3, List.of("8", "", "", "", "서울", ""), rows, rejects);
        p.parse(4, List.of("9", "김".repeat(61), "", "", "", ""), rows, rejects);
        assertEquals(1, rows.size());
        assertEquals("홍길동", rows.get(0).name());
        assertEquals(List.of("3:성명:import.reject.noContact", "4:성명:import.reject.tooLong"),
                rejects.stream().map(r -> r.line() + ":" + r.column() + ":" + r.reasonKey()).toList());
    }

    @Test
    void mem03_aMappedPurchaseLogNeedsIdDateAndAmount() {
        ColumnMapping partial = ColumnMapping.parse("AMOUNT=2;DATE=1");
        assertTrue(partial.purchaseLog());
        assertEquals(List.of("import.field.CUSTOMER_ID"), partial.missing());
        ColumnMapping full = ColumnMapping.parse("CUSTOMER_ID=0;DATE=1;AMOUNT=2");
        new MappedParser(full, List.of("id", "date", "amount")).parse(2, List.of("42", "2022-03-04", "15,000"), rows, rejects);
        assertEquals(List.of(), rejects);
        assertEquals(new BigDecimal("15000"), rows.get(0).amount(), "a mapped log is in won");
        assertEquals(1, rows.get(0).quantity(), "no quantity column: one");
    }

    @Test
    void mem03_textFilesAreReadLineByLineInUtf8OrCp949() throws IOException {
        Path utf8 = dir.resolve("utf8.csv");
        Files.writeString(utf8, "\uFEFF이름,전화\n홍길동,010-1234-5678\n", StandardCharsets.UTF_8);
        Path cp949 = dir.resolve("cp949.csv");
        Files.writeString(cp949, "이름,전화\n홍길동,010-1234-5678\n", Charset.forName("x-windows-949"));
        for (Path file : List.of(utf8, cp949)) {
            List<String> lines = new ArrayList<>();
            RowSource.of(ImportFormat.CUSTOMERS_CSV).read(file, (line, cells) -> lines.add(line + "=" + cells));
            assertEquals(List.of("1=[이름, 전화]", "2=[홍길동, 010-1234-5678]"), lines, file.toString());
        }
        assertEquals(2, RowSource.countLines(ImportFormat.CUSTOMERS_CSV, utf8));
    }

    @Test
    void mem03_rejectsCsvCellsAreQuotedAndNeverFormulas() {
        assertEquals("plain", CustomerImports.quoted("plain"));
        assertEquals("\"a,b\"", CustomerImports.quoted("a,b"));
        assertEquals("\"'=HYPERLINK(1)\"", CustomerImports.quoted("=HYPERLINK(1)"));
        assertEquals("-5", CustomerImports.quoted("-5"));
        assertEquals("-", CustomerImports.quoted("-"), "the report's \"no particular column\"");
    }
}
