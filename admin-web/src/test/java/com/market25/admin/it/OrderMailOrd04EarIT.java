package com.market25.admin.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.BodyPart;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * ORD-04 order mails against the deployed EAR, read back from the mail catcher over POP3: a paid
 * storefront order's 주문접수 and 입금완료 mails, once each, linking the order page.
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

    /** The mails about this slip in the mailbox, polled until {@code expected} are there (30 s at most). */
    private static List<Mail> awaitMails(String address, String slip, int expected) throws Exception {
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
                        if (m.getSubject() != null && m.getSubject().contains("주문번호 " + slip)) {
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
