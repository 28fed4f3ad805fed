package com.market25.customer;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The comparison keys of a customer's contact data: one spelling for every way people write the
 * same phone number, e-mail address, name, address or company. Search (MEM-01) stores and looks
 * up these keys; duplicate detection (MEM-03 merge-purge) compares them. Pure logic, no state,
 * so the import can call it for millions of rows.
 *
 * <p>Every method returns {@code null} when the input holds nothing worth comparing (blank,
 * or too short to tell people apart): two customers must never match on an empty key.
 */
public final class ContactKeys {

    /** The longest phone key: 0 + 2-digit area/mobile prefix + 4 + 4 digits, with room for 0505 numbers. */
    public static final int PHONE_MAX = 12;
    /** Korean numbers have at least 8 digits (1588-1234); shorter ones are typos or extensions. */
    private static final int PHONE_MIN = 8;

    private static final Pattern NOT_DIGIT = Pattern.compile("\\D");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u3000]+");
    private static final Pattern DASHES = Pattern.compile("[\\u2010-\\u2015\\u2212\\uFE63\\u30FC~]");
    /** 0505 personal numbers and 0130/0303 style prefixes keep their length; nothing else is longer. */
    private static final Pattern REPRESENTATIVE = Pattern.compile("^1[5-9]\\d{6}$");

    private ContactKeys() {
    }

    /**
     * The domestic digits of a phone number: {@code 010-1234-5678}, {@code 01012345678},
     * {@code +82 10 1234 5678}, {@code +82 (0)10-1234-5678}, {@code 0082-10-1234-5678},
     * {@code (010) 1234.5678} and a spreadsheet's {@code 1012345678} (leading zero lost) all give
     * {@code 01012345678}. Representative numbers ({@code 1588-1234}) stay as they are.
     */
    public static String phone(String raw) {
        if (raw == null) {
            return null;
        }
        String text = Normalizer.normalize(raw, Normalizer.Form.NFKC).trim();
        boolean international = text.startsWith("+");
        String digits = NOT_DIGIT.matcher(text).replaceAll("");
        if (digits.startsWith("00")) {
            // 00 is the international call prefix (001, 002, 00700 … are carriers' variants of it)
            digits = digits.replaceFirst("^00[0-9]?(?=82)", "");
            international = true;
        }
        if (digits.startsWith("82") && (international || digits.length() >= 11)) {
            // a domestic number never starts with 82, so 82 is the country code; "+82 (0)10" keeps a 0
            digits = digits.substring(2);
            if (digits.startsWith("0")) {
                digits = digits.substring(1);
            }
            digits = "0" + digits;
        }
        if (REPRESENTATIVE.matcher(digits).matches()) {
            return digits;
        }
        if (!digits.startsWith("0") && digits.length() >= PHONE_MIN) {
            // Excel turns 010-… into the number 10…: the zero every domestic number begins with is gone
            digits = "0" + digits;
        }
        if (digits.length() < 9 || digits.length() > PHONE_MAX || !digits.startsWith("0")) {
            return null;
        }
        return digits;
    }

    /**
     * An e-mail address as mail systems compare it in practice: no spaces anywhere, lower case
     * ({@code " Hong.GilDong @Example.COM"} → {@code hong.gildong@example.com}), full-width
     * letters folded ({@code ｈｏｎｇ＠ｅｘａｍｐｌｅ．ｃｏｍ}). Anything without exactly one
     * {@code @} between two non-empty parts is no key.
     */
    public static String email(String raw) {
        if (raw == null) {
            return null;
        }
        String text = SPACES.matcher(Normalizer.normalize(raw, Normalizer.Form.NFKC)).replaceAll("")
                .toLowerCase(Locale.ROOT);
        int at = text.indexOf('@');
        if (at <= 0 || at != text.lastIndexOf('@') || at == text.length() - 1) {
            return null;
        }
        return text;
    }

    /**
     * A person's name without spacing or case: {@code "홍 길동"}, {@code "홍길동 "} and
     * {@code "홍길동"} are one name; {@code "Kim Min-jae"} becomes {@code kimmin-jae}. Search uses
     * it as a prefix ({@code 홍길} finds {@code 홍길동}), so it keeps every letter in order.
     */
    public static String name(String raw) {
        if (raw == null) {
            return null;
        }
        String key = SPACES.matcher(Normalizer.normalize(raw, Normalizer.Form.NFKC)).replaceAll("")
                .toLowerCase(Locale.ROOT);
        return key.isEmpty() ? null : key;
    }

    /**
     * Provinces and metropolitan cities as the post writes them in full, as people abbreviate
     * them and as their old names read; longest spelling first so {@code 서울특별시} is not read
     * as {@code 서울} + {@code 특별시}.
     */
    private static final List<Map.Entry<String, String>> REGIONS = List.of(
            Map.entry("서울특별시", "서울"), Map.entry("서울시", "서울"), Map.entry("서울", "서울"),
            Map.entry("부산광역시", "부산"), Map.entry("부산시", "부산"), Map.entry("부산", "부산"),
            Map.entry("대구광역시", "대구"), Map.entry("대구시", "대구"), Map.entry("대구", "대구"),
            Map.entry("인천광역시", "인천"), Map.entry("인천시", "인천"), Map.entry("인천", "인천"),
            Map.entry("광주광역시", "광주"), Map.entry("광주시", "광주"), Map.entry("광주", "광주"),
            Map.entry("대전광역시", "대전"), Map.entry("대전시", "대전"), Map.entry("대전", "대전"),
            Map.entry("울산광역시", "울산"), Map.entry("울산시", "울산"), Map.entry("울산", "울산"),
            Map.entry("세종특별자치시", "세종"), Map.entry("세종시", "세종"), Map.entry("세종", "세종"),
            Map.entry("경기도", "경기"), Map.entry("경기", "경기"),
            Map.entry("강원특별자치도", "강원"), Map.entry("강원도", "강원"), Map.entry("강원", "강원"),
            Map.entry("충청북도", "충북"), Map.entry("충북", "충북"),
            Map.entry("충청남도", "충남"), Map.entry("충남", "충남"),
            Map.entry("전북특별자치도", "전북"), Map.entry("전라북도", "전북"), Map.entry("전북", "전북"),
            Map.entry("전라남도", "전남"), Map.entry("전남", "전남"),
            Map.entry("경상북도", "경북"), Map.entry("경북", "경북"),
            Map.entry("경상남도", "경남"), Map.entry("경남", "경남"),
            Map.entry("제주특별자치도", "제주"), Map.entry("제주도", "제주"), Map.entry("제주", "제주"));

    /** 123번지 4호, 123번지의 4, 123의 4 → 123-4 (a lot number with its sub-number). */
    private static final Pattern LOT_WITH_SUB = Pattern.compile("(\\d+)(?:번지의?|의)(\\d+)(?:호|번지)?(?!\\d|동|층)");
    /** 123번지 on its own → 123; 번길 (a road-name address) is left alone. */
    private static final Pattern LOT = Pattern.compile("(\\d+)번지");
    /** Leading postal codes ("(06236) 서울 …", "06236 서울 …") and bracketed notes are not part of the place. */
    private static final Pattern LEADING_POSTAL = Pattern.compile("^\\(?\\d{5,6}\\)?");
    private static final Pattern PUNCTUATION = Pattern.compile("[,.·()\\[\\]]");

    /**
     * An address without the ways of writing it that do not change the place: spacing,
     * punctuation, the province's long or short name ({@code 서울특별시} = {@code 서울시} =
     * {@code 서울}), lot numbers ({@code 123번지 4호} = {@code 123의 4} = {@code 123-4}), a leading
     * postal code. {@code "서울특별시 강남구 역삼동 123번지 4호"} and {@code "서울 강남구 역삼동 123-4"}
     * give the same key.
     */
    public static String address(String raw) {
        if (raw == null) {
            return null;
        }
        String text = Normalizer.normalize(raw, Normalizer.Form.NFKC);
        text = DASHES.matcher(text).replaceAll("-");
        text = SPACES.matcher(text).replaceAll("");
        text = LEADING_POSTAL.matcher(text).replaceFirst("");
        text = PUNCTUATION.matcher(text).replaceAll("");
        for (Map.Entry<String, String> region : REGIONS) {
            if (text.startsWith(region.getKey())) {
                text = region.getValue() + text.substring(region.getKey().length());
                break;
            }
        }
        text = LOT_WITH_SUB.matcher(text).replaceAll("$1-$2");
        text = LOT.matcher(text).replaceAll("$1");
        text = text.replaceAll("-+", "-").toLowerCase(Locale.ROOT);
        return text.isEmpty() ? null : text;
    }

    /**
     * One key for "the same person at the same place", for customers known only by name and
     * address (a DM list without phone or e-mail). Either part missing: no key.
     */
    public static String nameAndAddress(String name, String address) {
        String n = name(name);
        String a = address(address);
        return n == null || a == null ? null : n + "|" + a;
    }

    /**
     * The stored form of {@link #nameAndAddress} ({@code member.name_address_key}, 200 characters):
     * empty when there is no key, so that NULL keeps meaning "not keyed yet" for the imports'
     * back-fill of customers from before the key existed.
     */
    public static String storedNameAndAddress(String name, String address) {
        String key = nameAndAddress(name, address);
        return key == null ? "" : key.length() <= 200 ? key : key.substring(0, 200);
    }

    /** Legal forms written before or after a company name; the symbol ㈜ is (주) after NFKC. */
    private static final Pattern LEGAL_FORM = Pattern.compile(
            "주식회사|유한회사|유한책임회사|합자회사|합명회사|사단법인|재단법인|"
                    + "\\((?:주|유|사|재|株)\\)|^주\\)|\\(주$|"
                    + "co\\.?,?ltd\\.?$|corporation$|corp\\.?$|inc\\.?$|ltd\\.?$|co\\.?$");

    /**
     * A company name without its legal form and spacing: {@code 주식회사 마켓이십오},
     * {@code (주)마켓이십오}, {@code ㈜ 마켓이십오}, {@code 마켓이십오(주)} and
     * {@code 마켓이십오 주식회사} all give {@code 마켓이십오}; {@code "Market25 Co., Ltd."} gives
     * {@code market25}.
     */
    public static String company(String raw) {
        if (raw == null) {
            return null;
        }
        String text = SPACES.matcher(Normalizer.normalize(raw, Normalizer.Form.NFKC)).replaceAll("")
                .toLowerCase(Locale.ROOT);
        String previous;
        do {
            previous = text;
            Matcher m = LEGAL_FORM.matcher(text);
            text = m.replaceAll("");
        } while (!text.equals(previous));
        text = text.replaceAll("^[,.]+|[,.]+$", "");
        return text.isEmpty() ? null : text;
    }
}
