package com.market25.admin.channel;

import com.market25.campaign.channel.SmsSettings;
import com.market25.campaign.channel.SmsText;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * What the screens' SMS byte counter ({@code resources/admin/sms.js}) needs, as a script: the
 * characters EUC-KR (CP949) can carry, exactly the table {@link SmsText} counts with, and the ad
 * prefix and refusal number every message gets ({@link SmsSettings#compose}), so the counter shows
 * what the server will count. The table never changes while the server runs; the page caches it.
 */
@WebServlet("/channel/sms-table.js")
public class SmsTableServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final String TABLE = SmsText.encodableRanges();

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        SmsSettings settings = SmsSettings.sample();
        response.setContentType("text/javascript; charset=UTF-8");
        response.setHeader("Cache-Control", "private, max-age=300");
        response.getWriter().write("window.M25_SMS={ranges:\"" + TABLE + "\",prefix:" + js(settings.prefix())
                + ",suffix:" + js(settings.suffix()) + "};\n");
    }

    /** A JavaScript string literal. */
    static String js(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '<' -> out.append("\\u003c");
                default -> out.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return out.append('"').toString();
    }
}
