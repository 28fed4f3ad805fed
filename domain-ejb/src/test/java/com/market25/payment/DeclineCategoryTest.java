package com.market25.payment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.market25.payment.gateway.DeclineCodes;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/**
 * What a customer learns about a decline: the card company's general category, never whether the
 * card is reported stolen (no fraud oracle).
 */
class DeclineCategoryTest {

    @Test
    void aStolenCardReadsLikeAnExpiredOne() {
        assertEquals(DeclineCategory.REFUSED, DeclineCategory.of(DeclineCodes.STOLEN_CARD));
        assertEquals(DeclineCategory.REFUSED, DeclineCategory.of(DeclineCodes.EXPIRED_CARD));
        assertEquals(DeclineCategory.of(DeclineCodes.STOLEN_CARD), DeclineCategory.of(DeclineCodes.EXPIRED_CARD));
    }

    @Test
    void anUnknownGatewayCodeIsAnIssuerRefusal() {
        assertEquals(DeclineCategory.REFUSED, DeclineCategory.of("LOST_CARD"));
        assertEquals(DeclineCategory.REFUSED, DeclineCategory.of("SUSPECTED_FRAUD"));
        assertNull(DeclineCategory.of(null));
    }

    @Test
    void limitAndCardDetailsAreTheirOwnCategories() {
        assertEquals(DeclineCategory.LIMIT, DeclineCategory.of(DeclineCodes.LIMIT_EXCEEDED));
        assertEquals(DeclineCategory.CHECK_CARD, DeclineCategory.of(DeclineCodes.INVALID_CARD));
        assertEquals(DeclineCategory.CHECK_CARD, DeclineCategory.of(DeclineCodes.INVALID_INSTALLMENT));
    }

    @Test
    void theShopsOwnReasonsAreShownAsTheyAre() {
        for (String code : new String[] {PaymentOutcome.GATEWAY_UNAVAILABLE, PaymentOutcome.GATEWAY_NOT_CONFIGURED,
                PaymentOutcome.NOT_PAYABLE, PaymentOutcome.TOO_MANY_ATTEMPTS, PaymentOutcome.NET_CANCELLED,
                PaymentOutcome.PAYMENT_UNCONFIRMED}) {
            assertEquals(code, DeclineCategory.of(code).name());
        }
    }

    @Test
    void everyCategoryHasAKoreanAndAnEnglishText() {
        ResourceBundle ko = ResourceBundle.getBundle("com.market25.i18n.Messages", Locale.KOREAN);
        ResourceBundle en = ResourceBundle.getBundle("com.market25.i18n.Messages", Locale.ENGLISH);
        for (DeclineCategory c : DeclineCategory.values()) {
            String korean = ko.getString(c.labelKey());
            assertEquals(true, korean.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp)
                    == Character.UnicodeScript.HANGUL), c + ": " + korean);
            assertEquals(false, en.getString(c.labelKey()).isBlank(), c.name());
        }
    }
}
