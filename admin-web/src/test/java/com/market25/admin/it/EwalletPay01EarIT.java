package com.market25.admin.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * PAY-01 간편결제 by redirect through the deployed EAR: checkout with 간편결제, the simulated
 * provider's page (demo and test only), approve or cancel there, and back with the signed return.
 * An approved return pays the order once; a cancelled one leaves it payable; a forged one is
 * refused and written down; the same return sent again changes nothing. With bonus (BON-04) the
 * e-wallet pays only the rest, a cancel gives the bonus back, and a bonus that pays all needs no
 * e-wallet at all.
 */
class EwalletPay01EarIT {

    private record Decided(String slip, String returnUrl) {
    }

    /** A checkout of 딤채 by e-wallet decided on the provider's page. */
    private static Decided payByEwallet(PaymentShopper shop, String decision) throws Exception {
        PaymentShopper.EwalletDecided d = shop.payByEwallet(Map.of(), "540000원", decision);
        return new Decided(d.slip(), d.returnUrl());
    }

    private static String paymentStatus(String slip) {
        return PaymentShopper.one("select p.status from payment p join customer_order o on o.id = p.order_id"
                + " where o.slip_no = ? and p.method = 'E_WALLET'", slip);
    }

    @Test
    @DisplayName("PAY-01 간편결제 승인 후 서명된 응답으로 돌아오면 주문이 결제된다")
    void anApprovedReturnPaysTheOrder() throws Exception {
        PaymentShopper shop = PaymentShopper.signedIn().carting(Storefront.DIMCHAE);
        Decided decided = payByEwallet(shop, "approve");

        HttpResponse<String> back = shop.get(decided.returnUrl());

        assertEquals(303, back.statusCode(), back.body());
        assertTrue(back.headers().firstValue("Location").orElse("").endsWith("/orders/" + decided.slip() + "?paid=1"));
        shop.awaitOrderPage(decided.slip(), "입금완료", Duration.ofSeconds(20));
        assertEquals("APPROVED", paymentStatus(decided.slip()));
    }

    @Test
    @DisplayName("PAY-01 간편결제를 취소하고 돌아오면 주문은 다시 결제할 수 있다")
    void aCancelledReturnLeavesTheOrderPayable() throws Exception {
        PaymentShopper shop = PaymentShopper.signedIn().carting(Storefront.DIMCHAE);
        Decided decided = payByEwallet(shop, "cancel");

        HttpResponse<String> back = shop.get(decided.returnUrl());

        String location = back.headers().firstValue("Location").orElse("");
        assertTrue(location.contains("declined=EWALLET_CANCELLED"), location);
        String page = shop.get(location).body();
        assertTrue(page.contains("간편결제를 취소하셨습니다") && page.contains("다시 결제하기"), page);
        assertEquals("DECLINED", paymentStatus(decided.slip()));
    }

    @Test
    @DisplayName("PAY-01 금액을 바꾼 위조 응답은 400으로 거절되고 기록되며 결제되지 않는다")
    void aForgedReturnIsRefusedAndLogged() throws Exception {
        PaymentShopper shop = PaymentShopper.signedIn().carting(Storefront.DIMCHAE);
        Decided decided = payByEwallet(shop, "approve");
        String forged = decided.returnUrl().replace("amount=540000", "amount=1000");
        assertTrue(!forged.equals(decided.returnUrl()), decided.returnUrl());

        HttpResponse<String> back = shop.get(forged);

        assertEquals(400, back.statusCode());
        assertTrue(back.body().contains("응답을 확인할 수 없어"), back.body());
        assertEquals("REQUESTED", paymentStatus(decided.slip()), "the forged return changed nothing");
        assertEquals("1", PaymentShopper.one("select count(*) from payment_reconciliation r join payment p"
                + " on p.id = r.payment_id join customer_order o on o.id = p.order_id where o.slip_no = ?"
                + " and r.detail like 'FORGED_RETURN%'", decided.slip()));
        assertEquals(303, shop.get(decided.returnUrl()).statusCode(), "the genuine return is still taken");
        shop.awaitOrderPage(decided.slip(), "입금완료", Duration.ofSeconds(20));
    }

    @Test
    @DisplayName("PAY-01 같은 응답을 다시 보내도 결제는 한 번만 된다")
    void aReplayedReturnPaysOnce() throws Exception {
        PaymentShopper shop = PaymentShopper.signedIn().carting(Storefront.DIMCHAE);
        Decided decided = payByEwallet(shop, "approve");
        assertEquals(303, shop.get(decided.returnUrl()).statusCode());
        shop.awaitOrderPage(decided.slip(), "입금완료", Duration.ofSeconds(20));

        HttpResponse<String> again = shop.get(decided.returnUrl());

        assertEquals(303, again.statusCode());
        assertEquals("1", PaymentShopper.one("select count(*) from order_status_change c join customer_order o"
                + " on o.id = c.order_id where o.slip_no = ? and c.to_status = 'PAID'", decided.slip()));
        assertEquals("1", PaymentShopper.one("select count(*) from payment p join customer_order o on o.id = p.order_id"
                + " where o.slip_no = ? and p.status = 'APPROVED'", decided.slip()));
    }

    // ------------------------------------------------------------------ BON-04: bonus with the e-wallet

    /** A member of this class with bonus to spend (joined once: the e-wallet tests share them). */
    private static PaymentShopper bonusMember;

    private static synchronized PaymentShopper bonusMember() {
        if (bonusMember == null) {
            bonusMember = PaymentShopper.newMemberWithBonus("ew", 100_000);
        }
        return bonusMember;
    }

    /** A gift card (56,000원) with 5,600원 of bonus, by e-wallet, approved and back at the shop: the slip, paid. */
    private static String paidByEwalletWithBonus(PaymentShopper member) throws Exception {
        PaymentShopper.EwalletDecided d = member.carting(DeliveryFixture.GIFT_CARD)
                .payByEwallet(Map.of("bonusToUse", "5,600"), "50400원", "approve");
        assertEquals(5600, PaymentShopper.bonusOf(d.slip(), "USED"), "the ledger records the bonus spent at checkout");
        assertEquals(303, member.get(d.returnUrl()).statusCode());
        member.awaitOrderPage(d.slip(), "입금완료", Duration.ofSeconds(20));
        return d.slip();
    }

    @Test
    @DisplayName("BON-04/SHOP-06 간편결제에 보너스를 함께 쓰면 전자지갑은 나머지 금액만 결제하고, 승인되면 주문이 한 번 결제된다")
    void bonusWithTheEwalletPaysTheRestOnce() throws Exception {
        String slip = paidByEwalletWithBonus(bonusMember());

        assertEquals(java.util.List.of(java.util.List.of("APPROVED", "50400")), PaymentShopper.rows("select p.status,"
                + " p.amount from payment p join customer_order o on o.id = p.order_id where o.slip_no = ?", slip),
                "one e-wallet payment of 56,000 - 5,600");
        assertEquals("1", PaymentShopper.one("select count(*) from order_status_change c join customer_order o"
                + " on o.id = c.order_id where o.slip_no = ? and c.to_status = 'PAID'", slip), "입금완료 once");
    }

    @Test
    @DisplayName("BON-04/ORD-01 보너스와 간편결제로 결제한 주문을 취소하면 전자지갑 승인은 취소되고 보너스는 돌아온다")
    void cancellingAnEwalletOrderWithBonusGivesTheBonusBack() throws Exception {
        String slip = paidByEwalletWithBonus(bonusMember());
        StaffApi api = StaffApi.admin();

        HttpResponse<String> cancelled = api.cancelItems(slip, "staff-ew-" + slip + "-cancel", 1);

        assertEquals(200, cancelled.statusCode(), cancelled.body());
        assertEquals("REFUNDED", StaffApi.field(cancelled.body(), "status"), cancelled.body());
        assertEquals(java.util.List.of(java.util.List.of("CARD_CANCEL", "50400", "5600", "DONE")),
                PaymentShopper.refundsOf(slip), "the e-wallet payment is cancelled in full, the bonus comes back");
        assertEquals(5600, PaymentShopper.bonusOf(slip, "USED_BACK"), "the bonus is back in the ledger");
        assertEquals("CANCELLED", api.gatewayView(slip, "state"), "the provider's approval is cancelled");
        assertEquals("CANCELLED", Storefront.statusInDatabase(slip));
    }

    @Test
    @DisplayName("BON-04 보너스가 전액을 내는 간편결제 주문은 전자지갑으로 보내지 않고 바로 결제된다")
    void anEwalletOrderTheBonusPaysInFullIsPaidAtOnce() throws Exception {
        PaymentShopper member = bonusMember().carting(AfterSalesOrd01EarIT.JAVA_BOOK);

        HttpResponse<String> answer = member.checkout(Map.of("paymentMethod", "EWALLET", "cardNumber", "",
                "bonusToUse", "22500"));

        assertEquals(303, answer.statusCode(), "no provider page: " + answer.body());
        String slip = PaymentShopper.slipOf(answer);
        assertTrue(answer.headers().firstValue("Location").orElse("").endsWith("/orders/" + slip + "?paid=1"));
        assertEquals("PAID", Storefront.statusInDatabase(slip), "paid at once");
        assertEquals("0", PaymentShopper.one("select count(*) from payment p join customer_order o on o.id = p.order_id"
                + " where o.slip_no = ?", slip), "no e-wallet payment was started");
        assertEquals(22500, PaymentShopper.bonusOf(slip, "USED"));
        assertEquals("BONUS", PaymentShopper.one("select c.changed_by from order_status_change c join customer_order o"
                + " on o.id = c.order_id where o.slip_no = ? and c.to_status = 'PAID'", slip));
    }
}
