package com.market25.customerimport;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * Reads an import file row by row, never the whole file into memory: text lines (CDNOW), CSV
 * records (Online Retail, customer lists) or the first sheet of a workbook through POI's
 * streaming SAX reader. Rows are numbered as the file counts them (line, record or Excel row),
 * which is what the rejects report names and what a resumed job skips to.
 */
abstract class RowSource {

    /** Receives the rows; answers false to stop reading. */
    interface Sink {
        boolean row(int line, List<String> cells) throws IOException;
    }

    abstract void read(Path file, Sink sink) throws IOException;

    static RowSource of(ImportFormat format) {
        return switch (format) {
            case CDNOW -> new TextLines();
            case ONLINE_RETAIL, CUSTOMERS_CSV -> new CsvRecords();
            case XLSX -> new XlsxRows();
        };
    }

    /** The first row (the header of formats that have one), or an empty list. */
    static List<String> firstRow(ImportFormat format, Path file) throws IOException {
        List<List<String>> first = new ArrayList<>(1);
        of(format).read(file, (line, cells) -> {
            first.add(cells);
            return false;
        });
        return first.isEmpty() ? List.of() : first.get(0);
    }

    /** Lines in a text file (a count of line ends, so the progress bar knows the end); null for workbooks. */
    static Integer countLines(ImportFormat format, Path file) throws IOException {
        if (format == ImportFormat.XLSX) {
            return null;
        }
        long lines = 0;
        byte last = '\n';
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                for (int i = 0; i < n; i++) {
                    if (buffer[i] == '\n') {
                        lines++;
                    }
                }
                last = buffer[n - 1];
            }
        }
        return (int) (last == '\n' ? lines : lines + 1);
    }

    /**
     * Text files from Korean spreadsheets are often in CP949 (EUC-KR): a file that is not valid
     * UTF-8 in its first 64 KB is read as CP949. A UTF-8 byte order mark is skipped.
     */
    static Reader reader(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(1 << 16);
        }
        Charset charset = StandardCharsets.UTF_8;
        try {
            // a full sample may end inside a character: leave its incomplete last bytes out
            int end = head.length;
            if (end == 1 << 16) {
                while (end > 0 && (head[end - 1] & 0xC0) == 0x80) {
                    end--;
                }
                if (end > 0 && (head[end - 1] & 0xC0) == 0xC0) {
                    end--;
                }
            }
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(head, 0, end));
        } catch (CharacterCodingException e) {
            charset = Charset.forName("x-windows-949");
        }
        InputStream in = Files.newInputStream(file);
        if (charset == StandardCharsets.UTF_8 && head.length >= 3 && (head[0] & 0xFF) == 0xEF
                && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            in.skipNBytes(3);
        }
        return new InputStreamReader(in, charset);
    }

    /** Whitespace-separated lines (CDNOW). */
    static final class TextLines extends RowSource {
        @Override
        void read(Path file, Sink sink) throws IOException {
            try (var in = new java.io.BufferedReader(reader(file), 1 << 16)) {
                String text;
                int line = 0;
                while ((text = in.readLine()) != null) {
                    line++;
                    if (!sink.row(line, CdnowParser.split(text))) {
                        return;
                    }
                }
            }
        }
    }

    /** RFC 4180 CSV records; a record is one "line" of the report. */
    static final class CsvRecords extends RowSource {
        @Override
        void read(Path file, Sink sink) throws IOException {
            CSVFormat format = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();
            try (CSVParser parser = CSVParser.builder().setReader(reader(file)).setFormat(format).get()) {
                for (CSVRecord record : parser) {
                    if (!sink.row((int) record.getRecordNumber(), Arrays.asList(record.values()))) {
                        return;
                    }
                }
            } catch (java.io.UncheckedIOException e) {
                throw e.getCause();
            }
        }
    }

    /**
     * The first sheet of a workbook through POI's event model: the sheet's XML is parsed as a
     * stream (SAX), so memory stays flat whatever the number of rows; shared strings are read
     * once. Cells come formatted as Excel shows them (dates as the cell's format writes them).
     */
    static final class XlsxRows extends RowSource {

        /** Thrown out of the SAX handler to stop reading early. */
        private static final class Stop extends RuntimeException {
            private static final long serialVersionUID = 1L;
            final IOException cause;

            Stop(IOException cause) {
                super(null, null, false, false);
                this.cause = cause;
            }
        }

        @Override
        void read(Path file, Sink sink) throws IOException {
            try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
                XSSFReader reader = new XSSFReader(pkg);
                var strings = new ReadOnlySharedStringsTable(pkg);
                var sheets = reader.getSheetsData();
                if (!sheets.hasNext()) {
                    return;
                }
                try (InputStream sheet = sheets.next()) {
                    XMLReader xml = XMLHelper.newXMLReader();
                    xml.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), strings,
                            new RowCollector(sink), new DataFormatter(), false));
                    xml.parse(new InputSource(sheet));
                } catch (Stop stop) {
                    if (stop.cause != null) {
                        throw stop.cause;
                    }
                }
            } catch (IOException e) {
                throw e;
            } catch (Exception e) {
                throw new IOException("not a readable .xlsx workbook: " + e.getMessage(), e);
            }
        }

        private static final class RowCollector implements XSSFSheetXMLHandler.SheetContentsHandler {
            private final Sink sink;
            private final List<String> cells = new ArrayList<>();

            RowCollector(Sink sink) {
                this.sink = sink;
            }

            @Override
            public void startRow(int rowNum) {
                cells.clear();
            }

            @Override
            public void endRow(int rowNum) {
                boolean more;
                try {
                    more = sink.row(rowNum + 1, new ArrayList<>(cells));
                } catch (IOException e) {
                    throw new Stop(e);
                }
                if (!more) {
                    throw new Stop(null);
                }
            }

            @Override
            public void cell(String reference, String value, XSSFComment comment) {
                int column = reference == null ? cells.size() : new CellReference(reference).getCol();
                while (cells.size() < column) {
                    cells.add(null);
                }
                cells.add(value);
            }
        }
    }
}
