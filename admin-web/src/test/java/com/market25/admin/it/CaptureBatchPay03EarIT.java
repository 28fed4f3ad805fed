package com.market25.admin.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * PAY-03 매입 against the deployed EAR: staff run the capture batch ("run now", the API of the
 * 결제 대행사·매입 page) twice, and each approved payment is captured exactly once; a capture a
 * crashed batch left PENDING is finished by the next batch, once.
 */
class CaptureBatchPay03EarIT {

    private static String paidSlip() {
        PaymentShopper shop = PaymentShopper.signedIn().carting(Storefront.DIMCHAE);
        String slip = PaymentShopper.slipOf(shop.checkout(Map.of()));
        shop.awaitOrderPage(slip, "입금완료", Duration.ofSeconds(20));
        return slip;
    }

    private static String paymentOf(String slip) {
        return PaymentShopper.one("select p.id from payment p join customer_order o on o.id = p.order_id"
                + " where o.slip_no = ? and p.status = 'APPROVED'", slip);
    }

    private static String runNow(StaffApi api) throws Exception {
        HttpResponse<String> run = api.post("payments/captures", "");
        assertEquals(200, run.statusCode(), run.body());
        return run.body();
    }

    @Test
    @DisplayName("PAY-03 매입 배치를 두 번 돌려도 승인된 결제는 한 번만 매입된다")
    void anApprovedPaymentIsCapturedOnceEvenWhenTheBatchRunsTwice() throws Exception {
        String payment = paymentOf(paidSlip());
        StaffApi api = StaffApi.admin();

        String first = runNow(api);
        String second = runNow(api);

        List<String> capture = PaymentShopper.rows("select status, attempts, batch_id, capture_no from payment_capture"
                + " where payment_id = ?", Long.parseLong(payment)).get(0);
        assertEquals("CAPTURED", capture.get(0));
        assertEquals("1", capture.get(1), "asked at the gateway once");
        assertEquals(StaffApi.field(first, "id"), capture.get(2), "captured by the first batch");
        assertTrue(capture.get(3).startsWith("C"), capture.toString());
        String secondId = StaffApi.field(second, "id");
        HttpResponse<String> results = api.get("payments/captures/" + secondId);
        assertFalse(results.body().contains("\"paymentId\":" + payment + ","), "the second batch left it alone");
    }

    @Test
    @DisplayName("PAY-03 중단된 배치가 남긴 매입은 다음 배치가 한 번 마무리한다")
    void aCaptureLeftByACrashedBatchIsFinishedOnce() throws Exception {
        String payment = paymentOf(paidSlip());
        // what a crash leaves: a batch without an end, its claim PENDING for longer than a batch runs
        PaymentShopper.rows("insert into capture_batch (trigger_kind, started_by, cutoff, started_at)"
                + " values ('NIGHTLY', 'SYSTEM:capture', now(3), now(3) - interval 1 hour)");
        String crashed = PaymentShopper.one("select max(id) from capture_batch");
        PaymentShopper.rows("insert into payment_capture (payment_id, batch_id, status, claimed_at)"
                + " values (?, ?, 'PENDING', now(3) - interval 1 hour)", Long.parseLong(payment), Long.parseLong(crashed));

        String run = runNow(StaffApi.admin());

        List<String> capture = PaymentShopper.rows("select status, attempts, batch_id from payment_capture"
                + " where payment_id = ?", Long.parseLong(payment)).get(0);
        assertEquals(List.of("CAPTURED", "1", StaffApi.field(run, "id")), capture);
    }
}
