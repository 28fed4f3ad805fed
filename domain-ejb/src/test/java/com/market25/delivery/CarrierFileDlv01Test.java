package com.market25.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.market25.common.InvalidInputException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** DLV-01: a carrier's file (.xlsx or CSV) read into rows numbered as the file counts them. */
class CarrierFileDlv01Test {

    @Test
    @DisplayName("DLV-01 a CSV with a Korean header is read by column name, whatever the column order")
    void csvByHeader() {
        String csv = "송장번호,택배사,전표번호\r\n689212345678,CJ대한통운,0000003223\r\n,,\r\n689212345679,한진택배,3224\r\n";
        List<ShipmentFile.Row> rows = ShipmentFile.read(csv.getBytes(StandardCharsets.UTF_8));
        assertEquals(2, rows.size(), "the empty row is skipped");
        assertEquals(new ShipmentFile.Row(2, "0000003223", "689212345678", "CJ대한통운", null), rows.get(0));
        assertEquals(4, rows.get(1).line(), "lines are counted as in the file, header and empty rows included");
        assertEquals("0000003224", ShipmentFile.slipNumber(rows.get(1).slip()), "a slip Excel took for a number gets its zeros back");
    }

    @Test
    @DisplayName("DLV-01 a CSV without a header is slip number, tracking number, carrier")
    void csvWithoutHeader() {
        List<ShipmentFile.Row> rows = ShipmentFile.read("0000003223,6892-1234-5678\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(new ShipmentFile.Row(1, "0000003223", "6892-1234-5678", null, null), rows.get(0));
    }

    @Test
    @DisplayName("DLV-01 a CSV saved by Korean Excel (CP949, tab-separated) is read")
    void cp949Tabs() {
        String text = "전표번호\t송장번호\t택배사\n0000003223\t689212345678\t우체국택배\n";
        List<ShipmentFile.Row> rows = ShipmentFile.read(text.getBytes(Charset.forName("MS949")));
        assertEquals("우체국택배", rows.get(0).carrier());
    }

    @Test
    @DisplayName("DLV-01 an Excel workbook keeps every digit of a parcel number typed as a number and reads dates")
    void workbookNumbersAndDates() throws IOException {
        byte[] file;
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = book.createSheet("발송");
            XSSFRow header = sheet.createRow(0);
            header.createCell(0).setCellValue("주문번호");
            header.createCell(1).setCellValue("운송장번호");
            header.createCell(2).setCellValue("배송완료일시");
            XSSFRow row = sheet.createRow(1);
            row.createCell(0).setCellValue(3223d);
            row.createCell(1).setCellValue(6891234567890d);
            row.createCell(2).setCellValue("2026-12-03 14:05");
            book.write(out);
            file = out.toByteArray();
        }
        ShipmentFile.Row r = ShipmentFile.read(file).get(0);
        assertEquals("6891234567890", r.tracking());
        assertEquals("0000003223", ShipmentFile.slipNumber(r.slip()));
        assertEquals(java.time.LocalDateTime.of(2026, 12, 3, 14, 5), DeliveryDates.parse(r.date()));
    }

    @Test
    @DisplayName("DLV-01 dates are read as carriers write them and nonsense is not a date")
    void dates() {
        assertEquals(java.time.LocalDateTime.of(2026, 12, 3, 12, 0), DeliveryDates.parse("2026.12.03"));
        assertEquals(java.time.LocalDateTime.of(2026, 12, 3, 9, 30, 15), DeliveryDates.parse("20261203 09:30:15"));
        assertNull(DeliveryDates.parse("2026-13-40"));
        assertNull(DeliveryDates.parse("어제"));
    }

    @Test
    @DisplayName("DLV-01 an empty or unreadable file is refused with a Korean reason, not a failure")
    void emptyAndBrokenFiles() {
        assertEquals("error.delivery.fileEmpty",
                assertThrows(InvalidInputException.class, () -> ShipmentFile.read(new byte[0])).fieldErrors().get("file"));
        byte[] brokenZip = {'P', 'K', 3, 4, 1, 2, 3, 4, 5};
        assertEquals("error.delivery.fileUnreadable",
                assertThrows(InvalidInputException.class, () -> ShipmentFile.read(brokenZip)).fieldErrors().get("file"));
    }

    @Test
    @DisplayName("DLV-01 a slip number is digits only, up to ten")
    void slipNumbers() {
        assertNull(ShipmentFile.slipNumber("A123"));
        assertNull(ShipmentFile.slipNumber("12345678901"));
        assertEquals("0000000042", ShipmentFile.slipNumber(" 42 "));
    }
}
