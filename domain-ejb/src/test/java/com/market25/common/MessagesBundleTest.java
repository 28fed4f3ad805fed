package com.market25.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.market25.campaign.ContactOutcome;
import com.market25.campaign.channel.CallResult;
import com.market25.campaign.channel.MergeField;
import com.market25.campaign.channel.MessageChannel;
import com.market25.campaign.channel.SendOutcome;
import com.market25.campaign.channel.SmsStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The domain's messages: Korean first, English with exactly the same keys (SHOP-16, ADM-06). */
class MessagesBundleTest {

    @Test
    void koreanAndEnglishHaveTheSameKeys() throws IOException {
        Properties ko = load("Messages.properties");
        Properties en = load("Messages_en.properties");
        assertEquals(new TreeSet<>(ko.stringPropertyNames()), new TreeSet<>(en.stringPropertyNames()));
        assertTrue(load("Messages_ko.properties").isEmpty());
    }

    @Test
    void everyChannelEnumHasItsLabels() throws IOException {
        Properties ko = load("Messages.properties");
        for (Enum<?>[] values : new Enum<?>[][] {ContactOutcome.values(), MessageChannel.values(), MergeField.values(),
                SmsStatus.values(), CallResult.values(), SendOutcome.values()}) {
            for (Enum<?> v : values) {
                String prefix = Character.toLowerCase(v.getDeclaringClass().getSimpleName().charAt(0))
                        + v.getDeclaringClass().getSimpleName().substring(1);
                assertTrue(ko.containsKey(prefix + "." + v.name()), prefix + "." + v.name());
            }
        }
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessagesBundleTest.class.getResourceAsStream("/com/market25/i18n/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
