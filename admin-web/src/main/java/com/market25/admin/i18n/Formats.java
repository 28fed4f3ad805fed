package com.market25.admin.i18n;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Amounts in won with thousands separators (540,000원) and dates as staff read them. */
@Named("fmt")
@ApplicationScoped
public class Formats {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    public String won(BigDecimal amount) {
        return won(amount, Texts.current());
    }

    /** 540,000원 in Korean, KRW 540,000 in English; nothing for no amount. */
    public static String won(BigDecimal amount, Locale locale) {
        if (amount == null) {
            return "";
        }
        String number = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(amount);
        return "en".equals(locale.getLanguage()) ? "KRW " + number : number + "원";
    }

    public String number(Number n) {
        return n == null ? "" : new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(n);
    }

    /** One decimal, for rates (12.5). */
    public String decimal(double value) {
        return new DecimalFormat("#,##0.0", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(value);
    }

    public String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** To the minute, for dense lists. */
    public String minute(LocalDateTime time) {
        return time == null ? "" : MINUTE.format(time);
    }

    public String dateTime(LocalDateTime time) {
        return time == null ? "" : DATE_TIME.format(time);
    }
}
