package com.market25.payment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.market25.common.Checks;
import com.market25.common.InvalidInputException;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class CardDetailsTest {

    private static final String NEXT_YEAR = String.valueOf(YearMonth.now().getYear() + 1);

    private static InvalidInputException problems(CardDetails card) {
        return assertThrows(InvalidInputException.class, () -> {
            Checks checks = new Checks();
            card.check(checks);
            checks.throwIfAny();
        });
    }

    @Test
    void aValidCardPasses() {
        Checks checks = new Checks();
        new CardDetails(CardCompany.BC, "4111-1111-1111-1111", "12", NEXT_YEAR, 0, "안미란").check(checks);
        checks.throwIfAny();
    }

    @Test
    void aMistypedNumberFailsTheLuhnCheck() {
        var e = problems(new CardDetails(CardCompany.BC, "4111111111111112", "12", NEXT_YEAR, 0, "안미란"));
        assertEquals("error.cardNumber", e.fieldErrors().get("cardNumber"));
    }

    @Test
    void anExpiredCardIsRejectedBeforeTheGatewayIsAsked() {
        var e = problems(new CardDetails(CardCompany.KB, "4111111111111111", "01", "2020", 0, "권용찬"));
        assertEquals("error.cardExpired", e.fieldErrors().get("expiryMonth"));
    }

    @Test
    void installmentsAreLumpSumOrTwoToTwelveMonths() {
        var e = problems(new CardDetails(CardCompany.KB, "4111111111111111", "12", NEXT_YEAR, 1, "권용찬"));
        assertEquals("error.installments", e.fieldErrors().get("installmentMonths"));
    }

    @Test
    void everyMissingFieldIsReportedAtOnce() {
        var e = problems(new CardDetails(null, "", "", "", 0, ""));
        assertEquals(java.util.Set.of("cardCompany", "cardNumber", "payerName", "expiryMonth", "expiryYear"),
                e.fieldErrors().keySet());
    }

    @Test
    void expiryGoesToTheGatewayAsYyMm() {
        assertEquals("3012", new CardDetails(CardCompany.BC, "4111111111111111", "12", "2030", 0, "x").expiryYyMm());
        assertEquals("3003", new CardDetails(CardCompany.BC, "4111111111111111", "3", "30", 0, "x").expiryYyMm());
    }

    @Test
    void theFullNumberNeverAppearsInLogs() {
        String text = new CardDetails(CardCompany.BC, "1111222233334444", "12", NEXT_YEAR, 0, "x").toString();
        assertFalse(text.contains("1111222233334444"));
        assertFalse(text.contains("22223333"));
    }

    @Test
    void aPayerNameLongerThanItsColumnIsRefusedBeforeAnythingIsStored() {
        var e = problems(new CardDetails(CardCompany.BC, "4111111111111111", "12", NEXT_YEAR, 0, "가".repeat(61)));
        assertEquals("error.tooLong.60", e.fieldErrors().get("payerName"));
        Checks fits = new Checks();
        new CardDetails(CardCompany.BC, "4111111111111111", "12", NEXT_YEAR, 0, "가".repeat(60)).check(fits);
        fits.throwIfAny();
    }

    @Test
    void anOverlongOrForeignCardNumberOrExpiryIsRefused() {
        assertEquals("error.tooLong.30", problems(new CardDetails(CardCompany.BC, "4".repeat(31), "12", NEXT_YEAR, 0,
                "x")).fieldErrors().get("cardNumber"));
        assertEquals("error.cardNumber", problems(new CardDetails(CardCompany.BC, "4111x1111-1111-1111", "12",
                NEXT_YEAR, 0, "x")).fieldErrors().get("cardNumber"));
        assertEquals("error.cardExpired", problems(new CardDetails(CardCompany.BC, "4111111111111111", "12",
                "99999", 0, "x")).fieldErrors().get("expiryMonth"));
        assertEquals("error.cardExpired", problems(new CardDetails(CardCompany.BC, "4111111111111111", "1x",
                NEXT_YEAR, 0, "x")).fieldErrors().get("expiryMonth"));
    }
}
