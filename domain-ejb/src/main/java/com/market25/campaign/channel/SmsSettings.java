package com.market25.campaign.channel;

import com.market25.infrastructure.DeploymentMode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * What text messages need from the installation (MKT-06), read from system properties or the
 * environment (the property in capitals with dots as underscores):
 *
 * <table>
 * <caption>settings</caption>
 * <tr><td>{@code market25.sms.sender} / {@code MARKET25_SMS_SENDER}</td><td>the registered sender number (발신번호 사전등록)</td></tr>
 * <tr><td>{@code market25.sms.opt.out} / {@code MARKET25_SMS_OPT_OUT}</td><td>the free number to refuse further messages (무료수신거부, 080 …)</td></tr>
 * <tr><td>{@code market25.sender.name} / {@code MARKET25_SENDER_NAME}</td><td>the shop's name (as for campaign mail)</td></tr>
 * <tr><td>{@code market25.sms.cost.sms} / {@code MARKET25_SMS_COST_SMS}</td><td>price of one SMS in won [25]</td></tr>
 * <tr><td>{@code market25.sms.cost.lms} / {@code MARKET25_SMS_COST_LMS}</td><td>price of one LMS in won [50]</td></tr>
 * </table>
 *
 * <p>An advertising text message must start with "(광고)" and the sender's name and end with the
 * free refusal number (정보통신망법 §50 ④, 시행령 §61): {@link #compose} adds both, and the bytes
 * are counted on the composed text. A real installation without the sender number or the refusal
 * number sends nothing; demo mode uses demo numbers.
 */
public final class SmsSettings {

    static final String SENDER_NUMBER = "market25.sms.sender";
    static final String OPT_OUT = "market25.sms.opt.out";
    static final String SENDER_NAME = "market25.sender.name";
    static final String COST_SMS = "market25.sms.cost.sms";
    static final String COST_LMS = "market25.sms.cost.lms";
    static final BigDecimal DEFAULT_COST_SMS = new BigDecimal("25");
    static final BigDecimal DEFAULT_COST_LMS = new BigDecimal("50");
    public static final String AD_PREFIX = "(광고)";
    private static final Pattern NUMBER = Pattern.compile("^0\\d{7,10}$|^1[5-8]\\d{6}$");

    private final String senderNumber;
    private final String optOutNumber;
    private final String senderName;
    private final BigDecimal costSms;
    private final BigDecimal costLms;

    /** A real installation lacks a setting; names what to set. Korean: {@code error.sms.notConfigured}. */
    public static final class NotConfiguredException extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        NotConfiguredException(List<String> missing) {
            super("text messages are not configured: set " + String.join(", ", missing));
        }
    }

    private SmsSettings(String senderNumber, String optOutNumber, String senderName, BigDecimal costSms,
            BigDecimal costLms) {
        this.senderNumber = senderNumber;
        this.optOutNumber = optOutNumber;
        this.senderName = senderName;
        this.costSms = costSms;
        this.costLms = costLms;
    }

    public static SmsSettings current() {
        return resolve(SmsSettings::lookup, DeploymentMode.isDemo());
    }

    /**
     * The settings for counting only (templates, the screen's counter): this server's where it
     * has them, else the demo numbers, which are as long as real ones. Never for sending.
     */
    public static SmsSettings sample() {
        try {
            return current();
        } catch (NotConfiguredException e) {
            return resolve(SmsSettings::lookup, true);
        }
    }

    static SmsSettings resolve(Function<String, String> setting, boolean demo) {
        List<String> missing = new ArrayList<>();
        String sender = value(setting, SENDER_NUMBER);
        String optOut = value(setting, OPT_OUT);
        String name = value(setting, SENDER_NAME);
        if (demo) {
            sender = sender == null ? "02-3728-1900" : sender;
            optOut = optOut == null ? "080-000-0000" : optOut;
            name = name == null ? "Market25" : name;
        }
        if (sender == null || !NUMBER.matcher(digits(sender)).matches()) {
            missing.add(environmentName(SENDER_NUMBER) + " (the registered sender number)");
        }
        if (optOut == null || !NUMBER.matcher(digits(optOut)).matches()) {
            missing.add(environmentName(OPT_OUT) + " (the free number to refuse messages, 080 …)");
        }
        if (name == null) {
            missing.add(environmentName(SENDER_NAME));
        }
        BigDecimal costSms = cost(setting, COST_SMS, DEFAULT_COST_SMS, missing);
        BigDecimal costLms = cost(setting, COST_LMS, DEFAULT_COST_LMS, missing);
        if (!missing.isEmpty()) {
            throw new NotConfiguredException(missing);
        }
        return new SmsSettings(digits(sender), optOut, name, costSms, costLms);
    }

    private static BigDecimal cost(Function<String, String> setting, String name, BigDecimal fallback,
            List<String> missing) {
        String v = value(setting, name);
        if (v == null) {
            return fallback;
        }
        try {
            BigDecimal cost = new BigDecimal(v);
            // sms_message.unit_cost is DECIMAL(8,2)
            if (cost.signum() >= 0 && cost.scale() <= 2 && cost.compareTo(new BigDecimal("999999")) <= 0) {
                return cost;
            }
        } catch (NumberFormatException e) {
            // named below
        }
        missing.add(environmentName(name) + " (won, e.g. 25 or 8.4)");
        return fallback;
    }

    /** The message as it is sent: "(광고)" and the sender first, the free refusal number last. */
    public String compose(String body) {
        return prefix() + SmsText.normalise(body).strip() + suffix();
    }

    public String prefix() {
        return AD_PREFIX + senderName + "\n";
    }

    public String suffix() {
        return "\n무료거부 " + optOutNumber;
    }

    /** Digits only, as the gateway wants it. */
    public String senderNumber() {
        return senderNumber;
    }

    public BigDecimal unitCost(SmsKind kind) {
        return kind == SmsKind.SMS ? costSms : costLms;
    }

    static String digits(String phone) {
        return phone == null ? "" : phone.replaceAll("[^0-9]", "");
    }

    private static String value(Function<String, String> setting, String name) {
        String v = setting.apply(name);
        return v == null || v.isBlank() ? null : v.strip();
    }

    private static String lookup(String name) {
        String v = System.getProperty(name);
        return v != null && !v.isBlank() ? v : System.getenv(environmentName(name));
    }

    static String environmentName(String property) {
        return property.toUpperCase(Locale.ROOT).replace('.', '_');
    }
}
