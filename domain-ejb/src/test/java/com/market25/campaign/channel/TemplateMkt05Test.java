package com.market25.campaign.channel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.market25.common.InvalidInputException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** MKT-05: merge fields in templates, checked when saved, rendered per customer. */
class TemplateMkt05Test {

    private static final MergeData MIRAN = new MergeData(2, "217602212226142", "안미란", "VIP", "딤채고급형 신형(DP-601)",
            false);

    @Test
    void koreanAndEnglishNamesAreTheSameField() {
        TemplateText t = TemplateText.parse("{{이름}}님 / {{ name }} / {{NAME}} / {{등급}} {{lastProduct}}");
        assertEquals(EnumSet.of(MergeField.NAME, MergeField.GRADE, MergeField.LAST_PRODUCT), t.fields());
        assertEquals(List.of(), t.unknown());
        assertEquals("안미란님 / 안미란 / 안미란 / VIP 딤채고급형 신형(DP-601)",
                t.render(f -> MIRAN.value(f, null, 1)));
    }

    @Test
    void unknownFieldsAreAllNamedAndNeverRendered() {
        TemplateText t = TemplateText.parse("{{이룸}}님, {{이름}} {{grade}} {{쿠퐁}} {{이룸}} {{열림");
        assertEquals(List.of("{{이룸}}", "{{쿠퐁}}", "{{열림"), t.unknown());
        assertThrows(IllegalStateException.class, () -> t.render(f -> "x"));
        assertEquals(List.of(), TemplateText.parse("가격 {100}원, 세트 } {").unknown(), "single braces are text");
    }

    @Test
    void savingAFormWithAnUnknownFieldSaysWhichInKorean() {
        TemplateForm form = new TemplateForm("가을 세일", MessageChannel.EMAIL, "{{이름}}님 가을 세일",
                "<p>{{이룸}}님</p>", "{{이름}}님 {{쿠퐁}}");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> form.check(true));
        assertEquals("error.template.unknownField", e.fieldErrors().get("htmlBody"));
        assertEquals("error.template.unknownField", e.fieldErrors().get("textBody"));
        assertEquals("{{쿠퐁}}", e.arguments("textBody")[0]);
        assertTrue(((String) e.arguments("textBody")[1]).contains("{{이름}}"), "the fields one can use are named");
        String korean = java.text.MessageFormat.format(java.util.ResourceBundle.getBundle("com.market25.i18n.Messages",
                java.util.Locale.KOREAN).getString("error.template.unknownField"), e.arguments("textBody"));
        assertTrue(korean.startsWith("알 수 없는 병합 필드입니다: {{쿠퐁}}"), korean);
    }

    @Test
    void eachChannelHasItsParts() {
        InvalidInputException email = assertThrows(InvalidInputException.class,
                () -> new TemplateForm(" ", MessageChannel.EMAIL, "", null, "본문").check(true));
        assertEquals(Set.of("name", "subject"), email.fieldErrors().keySet());
        TemplateForm.Checked sms = new TemplateForm("문자", MessageChannel.SMS, "무시되는 제목", "<b>무시</b>",
                "{{이름}}님\r\n세일").check(true);
        assertEquals(null, sms.subject());
        assertEquals(null, sms.htmlBody());
        assertEquals("{{이름}}님\n세일", sms.textBody());
        InvalidInputException emoji = assertThrows(InvalidInputException.class,
                () -> new TemplateForm("문자", MessageChannel.SMS, null, null, "세일 🎉").check(true));
        assertEquals("error.sms.unencodable", emoji.fieldErrors().get("textBody"));
        InvalidInputException tooLong = assertThrows(InvalidInputException.class,
                () -> new TemplateForm("문자", MessageChannel.SMS, null, null, "가".repeat(1000)).check(true));
        assertEquals("error.sms.tooLong", tooLong.fieldErrors().get("textBody"));
    }

    @Test
    void aCouponNeedsTheInstallationsSecret() {
        TemplateForm form = new TemplateForm("쿠폰", MessageChannel.SMS, null, null, "쿠폰 {{쿠폰}}");
        assertEquals("error.coupon.notConfigured", assertThrows(InvalidInputException.class, () -> form.check(false))
                .fieldErrors().get("textBody"));
        assertEquals(EnumSet.of(MergeField.COUPON), form.check(true).fields());
    }

    @Test
    void anEmailGetsTheAdPrefixAndEscapedValuesInItsHtml() {
        TemplateView t = new TemplateView(5, 0, "메일", MessageChannel.EMAIL, "{{이름}}님께", "<p>{{이름}}님, {{최근상품}}</p>",
                "{{이름}}님", EnumSet.of(MergeField.NAME, MergeField.LAST_PRODUCT), "admin", null);
        MergeData tricky = new MergeData(9, "1", "<김&이>", null, null, false);
        RenderedMessage m = TemplateRendering.render(t, tricky, null);
        assertEquals("(광고) <김&이>님께", m.subject());
        assertEquals("<p>&lt;김&amp;이&gt;님, </p>", m.html(), "markup kept, the value escaped, no product: empty");
        assertEquals("<김&이>님", m.text());
        RenderedMessage plain = TemplateRendering.render(new TemplateView(6, 0, "메일", MessageChannel.EMAIL, "제목", null,
                "한 줄\n두 줄", Set.of(), "admin", null), tricky, null);
        assertEquals("<div>한 줄<br>\n두 줄</div>", plain.html(), "the text part as HTML");
    }

    @Test
    void couponCodesArePersonalStableAndCheckable() {
        CouponCodes codes = CouponCodes.resolve(name -> "0123456789abcdef0123456789abcdef-test", false);
        String code = codes.code(5, 2);
        assertTrue(code.matches("[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}"), code);
        assertEquals(code, codes.code(5, 2));
        assertTrue(!code.equals(codes.code(5, 3)) && !code.equals(codes.code(6, 2)));
        assertTrue(codes.verify(5, 2, code.toLowerCase().replace("-", " ")));
        TemplateView t = new TemplateView(5, 0, "쿠폰", MessageChannel.SMS, null, null, "{{쿠폰}}",
                EnumSet.of(MergeField.COUPON), "admin", null);
        assertEquals(code, TemplateRendering.render(t, MIRAN, codes).text());
        assertThrows(CouponCodes.NotConfiguredException.class, () -> CouponCodes.resolve(name -> "short", true));
    }

    @Test
    void theBatchQueryAsksOnlyForTheFieldsUsed() {
        String names = MergeSql.select(EnumSet.of(MergeField.NAME));
        assertTrue(!names.contains("rfm_grade") && !names.contains("purchase_item"), names);
        String all = MergeSql.select(EnumSet.allOf(MergeField.class));
        assertTrue(all.contains("rfm_grade") && all.contains("purchase_item") && all.endsWith("where m.id in (?1)"), all);
    }
}
