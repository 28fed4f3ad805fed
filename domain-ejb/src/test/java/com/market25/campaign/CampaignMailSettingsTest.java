package com.market25.campaign;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Campaign mail refuses to go out unsigned or anonymous in a real installation. */
class CampaignMailSettingsTest {

    private static final String SECRET = "0123456789abcdef0123456789abcdef-real";

    private static Map<String, String> complete() {
        Map<String, String> s = new HashMap<>();
        s.put("market25.unsubscribe.secret", SECRET);
        s.put("market25.public.url", "https://shop.example.com");
        s.put("market25.sender.name", "예시상점");
        s.put("market25.sender.contact", "02-000-0000, 서울");
        return s;
    }

    @Test
    void aRealInstallationWithoutASecretRefusesToSend() {
        Map<String, String> settings = complete();
        settings.remove("market25.unsubscribe.secret");
        var refused = assertThrows(CampaignMailSettings.NotConfiguredException.class,
                () -> CampaignMailSettings.resolve(settings::get, false));
        assertTrue(refused.getMessage().contains("MARKET25_UNSUBSCRIBE_SECRET"), refused.getMessage());
    }

    @Test
    void aShortSecretIsRefusedEvenInDemoMode() {
        Map<String, String> settings = complete();
        settings.put("market25.unsubscribe.secret", "market25");
        assertThrows(CampaignMailSettings.NotConfiguredException.class,
                () -> CampaignMailSettings.resolve(settings::get, true));
    }

    @Test
    void aRealInstallationMustNameTheSenderAndItsAddress() {
        var refused = assertThrows(CampaignMailSettings.NotConfiguredException.class,
                () -> CampaignMailSettings.resolve(Map.of("market25.unsubscribe.secret", SECRET)::get, false));
        assertTrue(refused.getMessage().contains("MARKET25_PUBLIC_URL"), refused.getMessage());
        assertTrue(refused.getMessage().contains("MARKET25_SENDER_NAME"), refused.getMessage());
        assertTrue(refused.getMessage().contains("MARKET25_SENDER_CONTACT"), refused.getMessage());
    }

    @Test
    void theConfiguredSecretSignsTheLinkToTheConfiguredShop() {
        CampaignMailSettings settings = CampaignMailSettings.resolve(complete()::get, false);
        String url = settings.unsubscribeUrl(2, 17);
        assertTrue(url.startsWith("https://shop.example.com/unsubscribe?t=2.17."), url);
        String token = url.substring(url.indexOf("t=") + 2);
        assertEquals(Optional.of(new UnsubscribeToken.Claims(2, 17)),
                UnsubscribeToken.verify(SECRET.getBytes(StandardCharsets.UTF_8), token));
        assertEquals(new SenderIdentity("예시상점", "02-000-0000, 서울"), settings.sender());
    }

    @Test
    void demoModeGeneratesOneSecretAndNamesTheDemoShop() {
        CampaignMailSettings first = CampaignMailSettings.resolve(Map.<String, String>of()::get, true);
        CampaignMailSettings second = CampaignMailSettings.resolve(Map.<String, String>of()::get, true);
        assertEquals(32, first.secret().length);
        assertArrayEquals(first.secret(), second.secret(), "one secret per server run");
        assertTrue(first.unsubscribeUrl(2, 17).startsWith("http://localhost:8080/unsubscribe?t="));
        assertEquals("Market25", first.sender().name());
    }
}
