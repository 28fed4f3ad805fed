package com.market25.delivery;

import com.market25.common.InvalidInputException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A carrier's file as the logistics desk gets it (DLV-01): the first sheet of an Excel workbook
 * (.xlsx) or a CSV (UTF-8, or CP949 as Korean Excel saves it; comma or tab). Columns are found by
 * a header row (전표번호, 송장번호, 택배사, 배송완료일시 … in Korean or English); without one they
 * are taken in the order slip number, tracking number, carrier. Rows are numbered as the file
 * counts them, which is what the report names. Empty rows are skipped.
 */
public final class ShipmentFile {

    /** Largest file taken: a carrier's day is a few thousand rows, far below this. */
    public static final int MAX_BYTES = 10 * 1024 * 1024;
    public static final int MAX_ROWS = 20_000;

    public enum Column {
        SLIP("전표번호", "주문번호", "slip", "slipno", "slip_no", "order", "orderno", "order_no"),
        TRACKING("송장번호", "운송장번호", "운송장", "송장", "tracking", "trackingno", "tracking_no", "invoice", "waybill"),
        CARRIER("택배사", "배송사", "carrier", "courier"),
        DATE("배송완료일시", "배송완료일", "발송일시", "발송일", "완료일시", "date", "deliveredat", "delivered_at", "shippedat",
                "shipped_at");

        private final List<String> names;

        Column(String... names) {
            this.names = List.of(names);
        }

        static Column of(String header) {
            String h = header == null ? "" : header.replaceAll("[\\s()]", "").toLowerCase(Locale.ROOT);
            for (Column c : values()) {
                if (c.names.contains(h)) {
                    return c;
                }
            }
            return null;
        }
    }

    /** One data row: what each column held, as text. */
    public record Row(int line, String slip, String tracking, String carrier, String date) {
    }

    private ShipmentFile() {
    }

    /**
     * The data rows of the file.
     *
     * @throws InvalidInputException {@code file} / {@code error.delivery.fileEmpty},
     *         {@code error.delivery.fileTooLarge} or {@code error.delivery.fileUnreadable}
     */
    public static List<Row> read(byte[] content) {
        if (content == null || content.length == 0) {
            throw InvalidInputException.of("file", "error.delivery.fileEmpty");
        }
        if (content.length > MAX_BYTES) {
            throw InvalidInputException.of("file", "error.delivery.fileTooLarge", MAX_BYTES / (1024 * 1024), MAX_ROWS);
        }
        List<List<String>> cells;
        try {
            cells = isWorkbook(content) ? workbook(content) : csv(text(content));
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidInputException refused) {
                throw refused;
            }
            throw InvalidInputException.of("file", "error.delivery.fileUnreadable");
        }
        return rows(cells);
    }

    static List<Row> rows(List<List<String>> cells) {
        Map<Column, Integer> at = new EnumMap<>(Column.class);
        int start = 0;
        if (!cells.isEmpty()) {
            List<String> first = cells.get(0);
            for (int i = 0; i < first.size(); i++) {
                Column c = Column.of(first.get(i));
                if (c != null) {
                    at.putIfAbsent(c, i);
                }
            }
            if (at.containsKey(Column.SLIP) || at.containsKey(Column.TRACKING)) {
                start = 1;
            } else {
                at.clear();
            }
        }
        if (at.isEmpty()) {
            at.put(Column.SLIP, 0);
            at.put(Column.TRACKING, 1);
            at.put(Column.CARRIER, 2);
        }
        List<Row> rows = new ArrayList<>();
        for (int i = start; i < cells.size(); i++) {
            List<String> r = cells.get(i);
            if (r.stream().allMatch(s -> s == null || s.isBlank())) {
                continue;
            }
            if (rows.size() == MAX_ROWS) {
                throw InvalidInputException.of("file", "error.delivery.fileTooLarge", MAX_BYTES / (1024 * 1024), MAX_ROWS);
            }
            rows.add(new Row(i + 1, cell(r, at.get(Column.SLIP)), cell(r, at.get(Column.TRACKING)),
                    cell(r, at.get(Column.CARRIER)), cell(r, at.get(Column.DATE))));
        }
        return rows;
    }

    /**
     * A slip number as the order has it: digits, left-padded to ten (a spreadsheet that took
     * 0000003223 for a number shows 3223); null when it is not one.
     */
    public static String slipNumber(String text) {
        if (text == null) {
            return null;
        }
        String t = text.trim().replace("-", "");
        if (t.isEmpty() || t.length() > 10 || !t.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
            return null;
        }
        return "0".repeat(10 - t.length()) + t;
    }

    private static String cell(List<String> row, Integer index) {
        if (index == null || index >= row.size()) {
            return null;
        }
        String v = row.get(index);
        return v == null || v.isBlank() ? null : v.trim();
    }

    private static boolean isWorkbook(byte[] content) {
        return content.length > 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
    }

    private static List<List<String>> workbook(byte[] content) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        DataFormatter formatter = new DataFormatter(Locale.KOREA);
        try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            if (book.getNumberOfSheets() == 0) {
                return rows;
            }
            Sheet sheet = book.getSheetAt(0);
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                org.apache.poi.ss.usermodel.Row x = sheet.getRow(r);
                List<String> cells = new ArrayList<>();
                if (x != null) {
                    for (int c = 0; c < Math.max(0, x.getLastCellNum()); c++) {
                        cells.add(text(x.getCell(c), formatter));
                    }
                }
                rows.add(cells);
                if (rows.size() > MAX_ROWS + 1) {
                    throw InvalidInputException.of("file", "error.delivery.fileTooLarge", MAX_BYTES / (1024 * 1024),
                            MAX_ROWS);
                }
            }
        }
        return rows;
    }

    /**
     * A cell as text. Numbers keep every digit (a 13-digit parcel number typed into Excel is a
     * number cell, which "General" would show as 6.89123E+12); dates as yyyy-MM-dd HH:mm.
     */
    static String text(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return null;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.NUMERIC) {
            if (DateUtil.isCellDateFormatted(cell)) {
                return cell.getLocalDateTimeCellValue().toString().replace('T', ' ');
            }
            return new BigDecimal(Double.toString(cell.getNumericCellValue())).stripTrailingZeros().toPlainString();
        }
        if (type == CellType.STRING) {
            return cell.getStringCellValue();
        }
        return formatter.formatCellValue(cell);
    }

    private static String text(byte[] content) {
        int offset = content.length >= 3 && (content[0] & 0xff) == 0xEF && (content[1] & 0xff) == 0xBB
                && (content[2] & 0xff) == 0xBF ? 3 : 0;
        ByteBuffer bytes = ByteBuffer.wrap(content, offset, content.length - offset);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes).toString();
        } catch (CharacterCodingException e) {
            // Korean Excel saves CSV in CP949
            return new String(content, offset, content.length - offset, Charset.forName("MS949"));
        }
    }

    private static List<List<String>> csv(String text) throws IOException {
        String firstLine = text.lines().findFirst().orElse("");
        char delimiter = firstLine.indexOf('\t') >= 0 && firstLine.indexOf(',') < 0 ? '\t' : ',';
        List<List<String>> rows = new ArrayList<>();
        try (Reader in = new StringReader(text);
                CSVParser parser = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false)
                        .get().parse(in)) {
            for (CSVRecord record : parser) {
                List<String> cells = new ArrayList<>(record.size());
                record.forEach(cells::add);
                rows.add(cells);
                if (rows.size() > MAX_ROWS + 1) {
                    throw InvalidInputException.of("file", "error.delivery.fileTooLarge", MAX_BYTES / (1024 * 1024),
                            MAX_ROWS);
                }
            }
        }
        return rows;
    }
}
