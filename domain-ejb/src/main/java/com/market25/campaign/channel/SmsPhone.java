package com.market25.campaign.channel;

import java.util.regex.Pattern;

/** Korean mobile numbers, the only ones a text message reaches (MKT-06). */
public final class SmsPhone {

    /** 010 with eight digits, or the old 011/016/017/018/019 with seven or eight. */
    private static final Pattern MOBILE = Pattern.compile("^(010\\d{8}|01[16789]\\d{7,8})$");

    private SmsPhone() {
    }

    /** Digits only, e.g. {@code 01012345678}. */
    public static String digits(String phone) {
        return SmsSettings.digits(phone);
    }

    public static boolean isMobile(String phone) {
        return MOBILE.matcher(digits(phone)).matches();
    }
}
