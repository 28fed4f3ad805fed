package com.market25.admin.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.BodyPart;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * ORD-04 order mails against the deployed EAR, read back from the mail catcher over POP3: a paid
 * storefront order's 주문접수 and 입금완료 mails, once each, linking the order page; the 발송 mail of a
 * parcel (DLV-01) typed or uploaded, with carrier and tracking number, once per parcel.
 */
class OrderMailOrd04EarIT {

    private record Mail(String subject, String text) {
    }

    @Test
    @DisplayName("ORD-04 주문과 결제 메일은 커밋 뒤에 한 통씩 오고, 주문 페이지로 연결된다")
    void orderAndPaymentMailsArriveOnceEach() throws Exception {
        Storefront.PaidOrder paid = Storefront.newPaidOrder(AdminBrowser.storefrontUrl());
        String slip = paid.slipNo();
        String address;
        try (Connection c = StaffApi.db()) {
            address = PhoneOrderOrd03EarIT.single(c, "select email from member where login_id = 'miran'");
        }
        List<Mail> mine = awaitMails(address, slip, 2);
        List<Mail> received = mine.stream().filter(m -> m.subject().contains("주문이 접수되었습니다")).toList();
        List<Mail> paidMails = mine.stream().filter(m -> m.subject().contains("결제가 완료되었습니다")).toList();
        assertEquals(1, received.size(), "주문접수 mails: " + mine);
        assertEquals(1, paidMails.size(), "입금완료 mails: " + mine);
        assertTrue(paidMails.get(0).text().contains("/orders/" + slip), paidMails.get(0).text());
        try (Connection c = StaffApi.db()) {
            assertEquals("ORDER_RECEIVED:SENT:1,PAYMENT_COMPLETED:SENT:1", PhoneOrderOrd03EarIT.single(c,
                    "select group_concat(concat(n.kind, ':', n.status, ':', n.attempts) order by n.id) from order_notification n"
                            + " join customer_order o on o.id = n.order_id where o.slip_no = '" + slip + "'"));
        }
    }

    @Test
    @DisplayName("ORD-04/DLV-01 송장을 직접 입력하면 고객에게 택배사와 송장번호가 적힌 발송 메일이 한 통 간다")
    void aTypedParcelSendsOneShipmentMail() throws Exception {
        String slip = instructedOrder();
        String number = DeliveryFixture.trackingNumber(71);

        HttpResponse<String> typed = new DeliveryApi().post("parcels", "{\"slipNo\":\"" + slip
                + "\",\"carrier\":\"CJ\",\"trackingNo\":\"" + number + "\"}");

        assertEquals(201, typed.statusCode(), typed.body());
        List<Mail> shipped = awaitMails(addressOf(slip), slip, SHIPPED_SUBJECT, 1);
        assertEquals(1, shipped.size(), "발송 mails: " + shipped);
        String text = shipped.get(0).text();
        assertTrue(text.contains("CJ대한통운") && text.contains(number), "carrier and tracking number: " + text);
        assertTrue(text.contains("/orders/" + slip), "links the order page (배송 조회): " + text);
        assertEquals("SHIPPED:" + number + ":SENT:1", awaitShipmentNotification(slip));
    }

    @Test
    @DisplayName("ORD-04/DLV-01 송장 파일로 등록한 발송도 메일이 한 통 가고, 같은 파일을 다시 올려도 더 가지 않는다")
    void anUploadedParcelSendsOneShipmentMailEvenWhenUploadedTwice() throws Exception {
        String slip = instructedOrder();
        String number = DeliveryFixture.trackingNumber(72);
        byte[] file = ("전표번호,송장번호,택배사\r\n" + slip + "," + number + ",한진택배\r\n").getBytes(StandardCharsets.UTF_8);
        DeliveryApi api = new DeliveryApi();

        String first = api.upload("parcels/upload", file).body();
        String second = api.upload("parcels/upload", file).body();

        assertEquals("1", DeliveryApi.field(first, "done"), first);
        assertEquals("1", DeliveryApi.field(second, "already"), second);
        List<Mail> shipped = awaitMails(addressOf(slip), slip, SHIPPED_SUBJECT, 1);
        assertEquals(1, shipped.size(), "발송 mails: " + shipped);
        assertTrue(shipped.get(0).text().contains("한진택배 " + number), shipped.get(0).text());
        assertEquals("SHIPPED:" + number + ":SENT:1", awaitShipmentNotification(slip), "one mail queued for the parcel");
    }

    private static final String SHIPPED_SUBJECT = "상품이 발송되었습니다";

    /** A paid storefront order the logistics desk has instructed (배송지시): ready for its parcel. */
    private static String instructedOrder() throws Exception {
        String slip = DeliveryFixture.paidOrders(1).get(0);
        String report = new DeliveryApi().post("instructions", DeliveryApi.slips(List.of(slip))).body();
        assertEquals("1", DeliveryApi.field(report, "done"), report);
        return slip;
    }

    private static String addressOf(String slip) throws Exception {
        try (Connection c = StaffApi.db()) {
            return PhoneOrderOrd03EarIT.single(c, "select m.email from member m join customer_order o on o.member_id = m.id"
                    + " where o.slip_no = '" + slip + "'");
        }
    }

    /** The order's 발송 notifications (kind:ref:status:attempts), once the mail of each is recorded as sent. */
    private static String awaitShipmentNotification(String slip) throws Exception {
        long deadline = System.currentTimeMillis() + 10_000;
        String rows;
        do {
            try (Connection c = StaffApi.db()) {
                rows = PhoneOrderOrd03EarIT.single(c, "select group_concat(concat(n.kind, ':', n.ref, ':', n.status, ':',"
                        + " n.attempts) order by n.id) from order_notification n join customer_order o on o.id = n.order_id"
                        + " where o.slip_no = '" + slip + "' and n.kind = 'SHIPPED'");
            }
            if (rows != null && !rows.contains(":QUEUED:") && !rows.contains(":SENDING:")) {
                return rows;
            }
            Thread.sleep(200);
        } while (System.currentTimeMillis() < deadline);
        return rows;
    }

    /** The mails about this slip in the mailbox, polled until {@code expected} are there (30 s at most). */
    private static List<Mail> awaitMails(String address, String slip, int expected) throws Exception {
        return awaitMails(address, slip, "", expected);
    }

    /** The mails about this slip whose subject has {@code subject}, polled until {@code expected} are there (30 s at most). */
    private static List<Mail> awaitMails(String address, String slip, String subject, int expected) throws Exception {
        Properties props = new Properties();
        props.put("mail.pop3.host", "127.0.0.1");
        props.put("mail.pop3.port", System.getProperty("market25.pop3.port"));
        props.put("mail.pop3.connectiontimeout", "10000");
        props.put("mail.pop3.timeout", "10000");
        Session session = Session.getInstance(props);
        long deadline = System.currentTimeMillis() + 30_000;
        while (true) {
            List<Mail> found = new ArrayList<>();
            Store store = CatcherLogin.open(session, address, address);
            try {
                Folder inbox = store.getFolder("INBOX");
                inbox.open(Folder.READ_ONLY);
                try {
                    for (Message m : inbox.getMessages()) {
                        if (m.getSubject() != null && m.getSubject().contains("주문번호 " + slip)
                                && m.getSubject().contains(subject)) {
                            found.add(new Mail(m.getSubject(), text(m)));
                        }
                    }
                } finally {
                    inbox.close(false);
                }
            } finally {
                store.close();
            }
            if (found.size() >= expected || System.currentTimeMillis() > deadline) {
                return found;
            }
            Thread.sleep(300);
        }
    }

    private static String text(Message m) throws Exception {
        if (m.getContent() instanceof Multipart parts) {
            for (int i = 0; i < parts.getCount(); i++) {
                BodyPart part = parts.getBodyPart(i);
                if (part.isMimeType("text/plain")) {
                    return String.valueOf(part.getContent());
                }
            }
        }
        return String.valueOf(m.getContent());
    }
}
