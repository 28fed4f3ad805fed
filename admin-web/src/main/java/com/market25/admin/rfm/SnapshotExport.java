package com.market25.admin.rfm;

import com.market25.common.Csv;
import com.market25.rfm.RfmDesk;
import com.market25.rfm.SnapshotCustomer;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A snapshot's customers as CSV or Excel (MKT-01 export): customer_id, recency_days, frequency,
 * monetary, r, f, m. Both stream: the CSV line by line, the workbook through POI's SXSSF, which
 * keeps only a window of rows in memory, so a snapshot of 1,000,000 customers fits.
 */
public final class SnapshotExport {

    /** Rows SXSSF keeps in memory before it writes them to its temporary file. */
    private static final int WINDOW = 500;

    private SnapshotExport() {
    }

    public static void csv(RfmDesk rfm, long snapshotId, OutputStream out) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
        w.write(String.join(",", SnapshotCustomer.COLUMNS));
        w.write("\r\n");
        try {
            rfm.forEachCustomer(snapshotId, c -> {
                try {
                    w.write(Csv.field(c.customerId()));
                    w.write(',');
                    w.write(Integer.toString(c.recencyDays()));
                    w.write(',');
                    w.write(Integer.toString(c.frequency()));
                    w.write(',');
                    w.write(c.monetary().toPlainString());
                    w.write(',');
                    w.write(Integer.toString(c.r()));
                    w.write(',');
                    w.write(Integer.toString(c.f()));
                    w.write(',');
                    w.write(Integer.toString(c.m()));
                    w.write("\r\n");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        w.flush();
    }

    public static void xlsx(RfmDesk rfm, long snapshotId, OutputStream out) throws IOException {
        SXSSFWorkbook book = new SXSSFWorkbook(WINDOW);
        book.setCompressTempFiles(true);
        try {
            Sheet sheet = book.createSheet("RFM " + snapshotId);
            Row header = sheet.createRow(0);
            for (int i = 0; i < SnapshotCustomer.COLUMNS.size(); i++) {
                header.createCell(i).setCellValue(SnapshotCustomer.COLUMNS.get(i));
            }
            int[] next = {1};
            rfm.forEachCustomer(snapshotId, c -> {
                Row row = sheet.createRow(next[0]++);
                row.createCell(0).setCellValue(c.customerId());
                row.createCell(1).setCellValue(c.recencyDays());
                row.createCell(2).setCellValue(c.frequency());
                row.createCell(3).setCellValue(c.monetary().doubleValue());
                row.createCell(4).setCellValue(c.r());
                row.createCell(5).setCellValue(c.f());
                row.createCell(6).setCellValue(c.m());
            });
            book.write(out);
        } finally {
            book.close();
            book.dispose();
        }
    }
}
