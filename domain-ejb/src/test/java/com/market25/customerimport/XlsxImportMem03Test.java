package com.market25.customerimport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** MEM-03: an .xlsx read by the streaming reader and parsed through its header's mapping. */
class XlsxImportMem03Test {

    @TempDir
    Path dir;

    @Test
    void mem03_aWorkbookIsReadRowByRowWithDatesAndNumbersAsExcelShowsThem() throws IOException {
        Path file = dir.resolve("orders.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = book.createSheet("주문");
            CellStyle date = book.createCellStyle();
            date.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            Row header = sheet.createRow(0);
            String[] names = {"고객번호", "구매일", "수량", "금액"};
            for (int i = 0; i < names.length; i++) {
                header.createCell(i).setCellValue(names[i]);
            }
            Row one = sheet.createRow(1);
            one.createCell(0).setCellValue(17);
            one.createCell(1).setCellValue(LocalDate.of(2022, 3, 4));
            one.getCell(1).setCellStyle(date);
            one.createCell(2).setCellValue(2);
            one.createCell(3).setCellValue(15000);
            Row three = sheet.createRow(3); // row 3 empty: rows keep the numbers Excel shows
            three.createCell(0).setCellValue("A-9");
            three.createCell(1).setCellValue("2022-13-01");
            three.createCell(3).setCellValue(500);
            book.write(out);
        }
        List<String> seen = new ArrayList<>();
        RowSource.of(ImportFormat.XLSX).read(file, (line, cells) -> seen.add(line + "=" + cells));
        assertEquals(List.of("1=[고객번호, 구매일, 수량, 금액]", "2=[17, 2022-03-04, 2, 15000]", "4=[A-9, 2022-13-01, null, 500]"), seen);

        List<String> header = RowSource.firstRow(ImportFormat.XLSX, file);
        ColumnMapping mapping = ColumnMapping.fromHeaders(header);
        List<StagedRow> rows = new ArrayList<>();
        List<Reject> rejects = new ArrayList<>();
        MappedParser parser = new MappedParser(mapping, header);
        parser.parse(2, List.of("17", "2022-03-04", "2", "15000"), rows, rejects);
        parser.parse(4, new ArrayList<>(java.util.Arrays.asList("A-9", "2022-13-01", null, "500")), rows, rejects);
        assertEquals(1, rows.size());
        assertEquals(new BigDecimal("15000"), rows.get(0).amount());
        assertEquals(List.of("4:구매일:import.reject.date"),
                rejects.stream().map(r -> r.line() + ":" + r.column() + ":" + r.reasonKey()).toList());
    }
}
