package com.market25.delivery;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * 택배비 정산 as Excel: sheet 1 the carriers (parcels, fee per parcel, total), sheet 2 every parcel
 * the settlement counted. Streams (SXSSF keeps a window of rows), so a month of parcels fits.
 */
final class FeeWorkbook {

    private FeeWorkbook() {
    }

    static byte[] write(FeeSettlementView view, Stream<?> parcels) {
        SXSSFWorkbook book = new SXSSFWorkbook(500);
        book.setCompressTempFiles(true);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream(); parcels) {
            Sheet summary = book.createSheet("택배비 정산 " + view.id());
            header(summary.createRow(0), "정산 번호", "기간 시작", "기간 끝", "택배사", "건수", "건당 택배비", "금액");
            int r = 1;
            for (FeeLine l : view.lines()) {
                Row row = summary.createRow(r++);
                row.createCell(0).setCellValue(view.id());
                row.createCell(1).setCellValue(view.from().toString());
                row.createCell(2).setCellValue(view.to().toString());
                row.createCell(3).setCellValue(l.carrierName());
                row.createCell(4).setCellValue(l.parcels());
                row.createCell(5).setCellValue(l.feePerParcel().doubleValue());
                row.createCell(6).setCellValue(l.total().doubleValue());
            }
            Row total = summary.createRow(r);
            total.createCell(3).setCellValue("합계");
            total.createCell(4).setCellValue(view.parcels());
            total.createCell(6).setCellValue(view.total().doubleValue());

            Sheet list = book.createSheet("발송 내역");
            header(list.createRow(0), "전표번호", "택배사", "송장번호", "발송일시", "택배비");
            int[] next = {1};
            parcels.forEach(p -> {
                Object[] cells = (Object[]) p;
                Row row = list.createRow(next[0]++);
                row.createCell(0).setCellValue((String) cells[0]);
                row.createCell(1).setCellValue((String) cells[1]);
                row.createCell(2).setCellValue((String) cells[2]);
                LocalDateTime at = cells[3] instanceof Timestamp t ? t.toLocalDateTime() : (LocalDateTime) cells[3];
                row.createCell(3).setCellValue(DeliveryDates.format(at));
                row.createCell(4).setCellValue(cells[4] == null ? 0 : ((BigDecimal) cells[4]).doubleValue());
            });
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            book.dispose();
        }
    }

    private static void header(Row row, String... titles) {
        for (int i = 0; i < titles.length; i++) {
            row.createCell(i).setCellValue(titles[i]);
        }
    }
}
