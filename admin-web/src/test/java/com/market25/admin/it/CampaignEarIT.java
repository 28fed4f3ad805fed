package com.market25.admin.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** 이메일 캠페인 (MKT-05): chosen consenting members get exactly one e-mail each. */
class CampaignEarIT {

    private static final Map<String, String> RECIPIENTS = new LinkedHashMap<>();

    static {
        RECIPIENTS.put("miran@market25.example", "안미란");
        RECIPIENTS.put("yongchan@market25.example", "권용찬");
    }

    @Test
    void sendingToChosenMembersDeliversExactlyOneMailEach() throws Exception {
        try (AdminBrowser browser = AdminBrowser.open().signedIn()) {
            browser.click(By.id("topForm:menuCampaign"));
            browser.find(By.id("campaignForm:audienceTable"));
            for (String email : RECIPIENTS.keySet()) {
                WebElement row = browser.find(By.xpath("//tbody[@id='campaignForm:audienceTable_data']"
                        + "/tr[td[contains(@class,'email')][normalize-space()='" + email + "']]"));
                row.findElement(By.cssSelector("td.ui-selection-column .ui-chkbox-box")).click();
                browser.wait.until(d -> row.getAttribute("aria-selected").equals("true"));
            }
            String subject = "캠페인 IT " + UUID.randomUUID().toString().substring(0, 8);
            browser.type(By.id("campaignForm:subject"), subject);
            browser.type(By.id("campaignForm:body"), "{name}님, Market25 가을 특가를 안내해 드립니다.");
            browser.click(By.id("campaignForm:btnSend"));
            browser.awaitText(By.id("messages"), "2명에게 발송을 시작했습니다");

            By campaignRow = By.xpath("//tbody[@id='progressForm:campaignTable_data']/tr[td[contains(@class,'subject')]"
                    + "[normalize-space()='" + subject + "']]");
            new WebDriverWait(browser.driver, Duration.ofSeconds(60), Duration.ofMillis(250)).until(d -> {
                try {
                    return d.findElement(campaignRow).findElement(By.cssSelector("td.state")).getText().contains("완료");
                } catch (org.openqa.selenium.NoSuchElementException
                        | org.openqa.selenium.StaleElementReferenceException e) {
                    return false;
                }
            });
            WebElement done = browser.find(campaignRow);
            assertEquals("2 / 2", done.findElement(By.cssSelector("td.sent")).getText().trim());
            long campaignId = Long.parseLong(done.findElement(By.cssSelector("td.id")).getText().replace(",", "").trim());
            browser.screenshot("campaign-done");

            int checked = 0;
            if (System.getProperty("market25.pop3.port") != null) {
                for (String email : RECIPIENTS.keySet()) {
                    assertEquals(1, mailsWithSubject(email, subject), "mails to " + email);
                }
                checked++;
            }
            if (System.getProperty("market25.db.url") != null) {
                Map<String, Integer> rows = contactRows(campaignId);
                assertEquals(Map.of("miran@market25.example", 1, "yongchan@market25.example", 1), rows,
                        "one EMAIL contact_history row per recipient");
                checked++;
            }
            assertTrue(checked > 0, "neither the mailbox nor the database was given to check delivery");
        }
    }

    /** GreenMail keeps a mailbox per recipient address, readable over POP3 with that address as login. */
    private static int mailsWithSubject(String address, String subject) throws MessagingException {
        Properties props = new Properties();
        props.put("mail.pop3.host", "127.0.0.1");
        props.put("mail.pop3.port", System.getProperty("market25.pop3.port"));
        props.put("mail.pop3.connectiontimeout", "10000");
        props.put("mail.pop3.timeout", "10000");
        Session session = Session.getInstance(props);
        // delivery is asynchronous until the campaign row is written; the mail follows within the transaction
        long deadline = System.currentTimeMillis() + 15_000;
        int count;
        do {
            count = count(session, address, subject);
            if (count > 0) {
                sleepQuietly(1_000); // a duplicate would arrive right behind the first
                return count(session, address, subject);
            }
            sleepQuietly(500);
        } while (System.currentTimeMillis() < deadline);
        return count;
    }

    private static int count(Session session, String address, String subject) throws MessagingException {
        String password = System.getProperty("market25.mail.password", address);
        Store store = session.getStore("pop3");
        try {
            store.connect(address, password);
        } catch (AuthenticationFailedException e) {
            // a server that keeps one mailbox for everything: read it and filter on the recipient
            store.connect(System.getProperty("market25.mail.user"), password);
        }
        try {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            try {
                int n = 0;
                for (Message m : inbox.getMessages()) {
                    if (subject.equals(m.getSubject()) && addressedTo(m, address)) {
                        n++;
                    }
                }
                return n;
            } finally {
                inbox.close(false);
            }
        } finally {
            store.close();
        }
    }

    private static boolean addressedTo(Message m, String address) throws MessagingException {
        var to = m.getRecipients(Message.RecipientType.TO);
        return to != null && List.of(to).stream().anyMatch(a -> a.toString().contains(address));
    }

    private static Map<String, Integer> contactRows(long campaignId) throws SQLException {
        String sql = "select m.email, count(*) from contact_history h join member m on m.id = h.member_id"
                + " where h.campaign_id = ? and h.channel = 'EMAIL' group by m.email order by m.email";
        Map<String, Integer> rows = new LinkedHashMap<>();
        try (Connection c = DriverManager.getConnection(System.getProperty("market25.db.url"),
                System.getProperty("market25.db.user"), System.getProperty("market25.db.password"));
                PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, campaignId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.put(rs.getString(1), rs.getInt(2));
                }
            }
        }
        return rows;
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
