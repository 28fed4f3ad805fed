package com.market25.admin.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class UiBundleTest {

    @Test
    void koreanAndEnglishHaveTheSameKeys() throws IOException {
        Properties ko = load("Ui.properties");
        Properties en = load("Ui_en.properties");
        assertEquals(new TreeSet<>(ko.stringPropertyNames()), new TreeSet<>(en.stringPropertyNames()));
        assertTrue(load("Ui_ko.properties").isEmpty());
    }

    @Test
    void koreanIsTheDefaultWhateverTheJvmLocale() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.ENGLISH);
            assertEquals("전표별 주문관리", Texts.ui(Texts.KOREAN, "menu.slips"));
            assertEquals("Orders by slip", Texts.ui(Texts.ENGLISH, "menu.slips"));
            assertEquals("금주", Texts.ui(Locale.KOREA, "slips.shortcut.WEEK"));
            assertEquals("변경 없음", Texts.ui(Texts.KOREAN, "settlement.noChange"));
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void formatsArguments() {
        assertEquals("전표 0000000001: 배송지시(으)로 변경했습니다.",
                Texts.ui(Texts.KOREAN, "slips.moved", "0000000001", "배송지시"));
    }

    @Test
    void unsupportedLanguagesAreKorean() {
        assertEquals(Texts.KOREAN, Texts.supported("fr"));
        assertEquals(Texts.ENGLISH, Texts.supported("EN"));
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = UiBundleTest.class.getResourceAsStream("/com/market25/admin/i18n/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
