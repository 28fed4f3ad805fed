package com.market25.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** MKT-05, 정보통신망법 §50: what every campaign mail says. */
class AdvertisingMailTest {

    private static final SenderIdentity SENDER = new SenderIdentity("Market25", "02-3728-1900, 서울특별시 강남구 테헤란로 152");
    private static final String LINK = "https://shop.example.com/unsubscribe?t=2.7.abc";

    @Test
    void subjectStartsWithTheAdvertisingMark() {
        assertEquals("(광고) 가을 특가 안내", AdvertisingMail.subject("가을 특가 안내"));
        assertEquals("(광고) 가을 특가 안내", AdvertisingMail.subject("  가을 특가 안내 "));
    }

    @Test
    void aSubjectAlreadyMarkedIsNotMarkedTwice() {
        assertEquals("(광고) 가을 특가", AdvertisingMail.subject("(광고) 가을 특가"));
        assertEquals("(광고)가을 특가", AdvertisingMail.subject("(광고)가을 특가"));
    }

    @Test
    void aMarkInTheMiddleOrInOtherBracketsStillGetsTheRealOne() {
        assertEquals("(광고) [광고] 가을 특가", AdvertisingMail.subject("[광고] 가을 특가"));
        assertEquals("(광고) 특가 (광고)", AdvertisingMail.subject("특가 (광고)"));
    }

    @Test
    void textNamesTheSenderAndCarriesTheUnsubscribeLink() {
        AdvertisingMail.Content mail = AdvertisingMail.compose("가을 특가", "{name}님, 가을 특가입니다.", "안미란", SENDER,
                "shop@market25.local", LINK);
        assertEquals("(광고) 가을 특가", mail.subject());
        assertTrue(mail.text().startsWith("안미란님, 가을 특가입니다.\n"), mail.text());
        assertTrue(mail.text().contains("Market25 (shop@market25.local)"), mail.text());
        assertTrue(mail.text().contains("02-3728-1900, 서울특별시 강남구 테헤란로 152"), mail.text());
        assertTrue(mail.text().contains("수신거부: " + LINK), mail.text());
    }

    @Test
    void htmlEscapesWhatStaffAndMembersTypedAndLinksTheUnsubscribePage() {
        AdvertisingMail.Content mail = AdvertisingMail.compose("특가", "<script>alert(1)</script>\n{name}님 & 가족",
                "<b>홍길동</b>", SENDER, "shop@market25.local", LINK);
        assertFalse(mail.html().contains("<script>"), mail.html());
        assertFalse(mail.html().contains("<b>홍길동"), mail.html());
        assertTrue(mail.html().contains("&lt;script&gt;alert(1)&lt;/script&gt;<br>"), mail.html());
        assertTrue(mail.html().contains("&lt;b&gt;홍길동&lt;/b&gt;님 &amp; 가족"), mail.html());
        assertTrue(mail.html().contains("<a href=\"" + LINK + "\">수신거부</a>"), mail.html());
        assertTrue(mail.html().contains("Market25 (shop@market25.local)"), mail.html());
    }
}
