package com.market25.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.market25.campaign.CampaignPlanner;
import com.market25.campaign.CampaignProgress;
import com.market25.campaign.ContactLine;
import com.market25.campaign.ContactOutcome;
import com.market25.campaign.Unsubscribe;
import com.market25.campaign.UnsubscribeView;
import com.market25.common.InvalidInputException;
import com.market25.member.ConsentChannel;
import com.market25.member.ConsentChoices;
import com.market25.member.ConsentHistoryLine;
import com.market25.member.ConsentSource;
import com.market25.member.ConsentState;
import com.market25.member.ConsentStatement;
import com.market25.member.Gender;
import com.market25.member.JoinRequest;
import com.market25.member.MemberDesk;
import com.market25.member.MemberView;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.QueueBrowser;
import jakarta.transaction.UserTransaction;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Consents per channel (MEM-06) and the campaign mail that must respect them (MKT-05, CRM-04,
 * 정보통신망법 §50), on the real container: a member changes each consent and every change is
 * dated with its source; consent is read again when each mail is due; every mail says (광고)
 * and who sends it and carries a signed one-click unsubscribe link that withdraws the e-mail
 * consent, while a changed link does nothing; and nothing goes out while a real installation
 * lacks the settings. Campaign mail is configured here as a real installation would be
 * ({@link Installation#configureCampaignMail()}).
 */
abstract class ConsentTests extends CheckoutPaymentTests {

    private static final String EMAIL_DISPATCH = "market25.email.dispatch";


    private MemberDesk members;
    private CampaignPlanner campaigns;
    private Unsubscribe unsubscribe;
    private CampaignMails mail;
    private Db db;

    @BeforeEach
    void lookUpConsent() throws NamingException {
        Installation.configureCampaignMail();
        members = bean(MemberDesk.class);
        campaigns = bean(CampaignPlanner.class);
        unsubscribe = bean(Unsubscribe.class);
        mail = new CampaignMails(ItEnvironment.settings());
        db = new Db();
    }

    @Test
    @DisplayName("MEM-06: a member changes every consent; each change is dated with its source, nothing else moves")
    void memberChangesEveryConsentAndEachChangeIsDated() {
        MemberView member = join("mine", true, false, false, true);
        ConsentStatement joined = members.consents(member.id());
        assertTrue(joined.history().isEmpty(), "no change yet: " + joined);
        for (ConsentState state : joined.current()) {
            assertEquals(ConsentSource.JOIN, state.source(), state.toString());
        }
        LocalDateTime before = LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS);

        ConsentStatement changed = members.changeConsents(member.id(), new ConsentChoices(false, true, true, true));

        assertFalse(changed.granted(ConsentChannel.EMAIL));
        assertTrue(changed.granted(ConsentChannel.SMS));
        assertTrue(changed.granted(ConsentChannel.DM));
        assertTrue(changed.granted(ConsentChannel.PHONE));
        for (ConsentChannel channel : List.of(ConsentChannel.EMAIL, ConsentChannel.SMS, ConsentChannel.DM)) {
            ConsentState state = changed.of(channel);
            assertEquals(ConsentSource.MY_PAGE, state.source(), state.toString());
            assertFalse(state.changedAt().isBefore(before), state.toString());
        }
        assertEquals(ConsentSource.JOIN, changed.of(ConsentChannel.PHONE).source(), "phone was not changed");
        assertEquals(3, changed.history().size(), "one history row per changed channel: " + changed.history());
        assertEquals(List.of(false, true, true, true), db.rows("select consent_email, consent_sms, consent_dm,"
                + " consent_phone from member where id = ?", member.id()).get(0).values().stream()
                .map(v -> v instanceof Boolean b ? b : ((Number) v).intValue() != 0).toList(), "as stored");

        ConsentStatement again = members.changeConsents(member.id(), new ConsentChoices(false, true, true, true));
        assertEquals(3, again.history().size(), "the same choices again record nothing");
        assertEquals(changed.current(), again.current());
    }

    @Test
    @DisplayName("MKT-05, MEM-06: the mail's unsubscribe link withdraws the e-mail consent once; a changed link does nothing")
    void unsubscribeLinkWithdrawsConsentAndATamperedOneDoesNothing() {
        MemberView reader = join("reader", true, true, false, false);
        MemberView bystander = join("bystander", true, false, false, false);
        String subject = "수신거부 확인 " + System.nanoTime();
        long campaignId = campaigns.sendEmail(subject, "{name}님 안녕하세요", List.of(reader.id(), bystander.id()), "admin");
        String token = awaitOneMail(reader, "(광고) " + subject).unsubscribeToken();
        String signature = token.substring(token.lastIndexOf('.') + 1);
        String last = signature.substring(signature.length() - 1);

        for (String tampered : List.of(bystander.id() + "." + campaignId + "." + signature,
                reader.id() + "." + (campaignId + 1) + "." + signature,
                token.substring(0, token.length() - 1) + ("A".equals(last) ? "B" : "A"),
                "", "1.1.x")) {
            assertEquals(Optional.empty(), unsubscribe.check(tampered), tampered);
            assertEquals(Optional.empty(), unsubscribe.withdraw(tampered, true), tampered);
        }
        assertTrue(members.consents(bystander.id()).granted(ConsentChannel.EMAIL), "bystander untouched");
        assertTrue(members.consents(reader.id()).granted(ConsentChannel.EMAIL), "reader untouched by bad links");
        assertEquals(0, db.count("select count(*) from consent_change where member_id in (?, ?)",
                reader.id(), bystander.id()));

        UnsubscribeView shown = unsubscribe.check(token).orElseThrow();
        assertTrue(shown.consentGiven());
        assertTrue(shown.maskedEmail().endsWith("@market25.example") && shown.maskedEmail().contains("***"),
                shown.maskedEmail());
        UnsubscribeView done = unsubscribe.withdraw(token, false).orElseThrow();

        assertFalse(done.consentGiven());
        ConsentStatement consents = members.consents(reader.id());
        assertFalse(consents.granted(ConsentChannel.EMAIL));
        assertTrue(consents.granted(ConsentChannel.SMS), "only the e-mail consent is withdrawn");
        assertEquals(ConsentSource.UNSUBSCRIBE_LINK, consents.of(ConsentChannel.EMAIL).source());
        ConsentHistoryLine line = consents.history().get(0);
        assertEquals(ConsentChannel.EMAIL, line.channel());
        assertFalse(line.granted());
        assertEquals(campaignId, line.campaignId(), "the history names the mail");
        assertTrue(members.consents(bystander.id()).granted(ConsentChannel.EMAIL));

        // a mail program's one-click POST of the same link afterwards: nothing more
        assertFalse(unsubscribe.withdraw(token, true).orElseThrow().consentGiven());
        assertEquals(1, members.consents(reader.id()).history().size());
        assertTrue(campaigns.emailAudience().stream().noneMatch(a -> a.id() == reader.id()),
                "no longer in any campaign audience");
    }

    @Test
    @DisplayName("MKT-05: a campaign reaches each consenting member exactly once, also when the broker redelivers")
    void campaignReachesEachConsentingMemberExactlyOnce() throws NamingException {
        MemberView a = joinConsenting("once");
        MemberView b = joinConsenting("twice");
        String subject = "3월 특가 안내 " + System.nanoTime();

        long campaignId = campaigns.sendEmail(subject, "{name}님 안녕하세요", List.of(a.id(), b.id()), "admin");

        CampaignMails.Mail toA = awaitOneMail(a, "(광고) " + subject);
        CampaignMails.Mail toB = awaitOneMail(b, "(광고) " + subject);
        assertTrue(toA.text().startsWith(a.name() + "님 안녕하세요\n"), toA.text());
        assertTrue(toB.text().startsWith(b.name() + "님 안녕하세요\n"), toB.text());
        assertEquals(String.valueOf(campaignId), toA.campaignHeader());
        assertEquals(1, emailContacts(campaignId, a.id()));
        assertEquals(1, emailContacts(campaignId, b.id()));

        // the broker delivers one dispatch again: no second mail, no second contact
        send(campaignId, a.id());
        awaitDrained();

        assertEquals(1, mail.withSubject(a.email(), "(광고) " + subject).size(), "still one mail");
        assertEquals(1, emailContacts(campaignId, a.id()), "still one contact-history row");
        assertEquals(0, db.count("select count(*) from contact_history where campaign_id = ? and member_id not in (?, ?)",
                campaignId, a.id(), b.id()));
    }

    @Test
    @DisplayName("MKT-05: every mail says (광고) first, names the sender and carries a signed one-click unsubscribe link")
    void everyMailIsMarkedNamesTheSenderAndCarriesTheUnsubscribeLink() throws NamingException {
        MemberView member = joinConsenting("ad");
        String subject = "가을 특가 " + System.nanoTime();

        long campaignId = campaigns.sendEmail(subject, "{name}님, 가을 특가를 안내해 드립니다.", List.of(member.id()), "admin");

        CampaignMails.Mail got = awaitOneMail(member, "(광고) " + subject);
        assertTrue(got.subject().startsWith("(광고) "), got.subject());
        assertEquals(Installation.SENDER_NAME, got.fromName(), "the From display name names the shop");
        assertEquals("shop@market25.local", got.fromAddress());
        assertTrue(got.text().contains(Installation.SENDER_NAME), got.text());
        assertTrue(got.text().contains(Installation.SENDER_CONTACT), "the body gives the shop's contact:\n" + got.text());
        String link = got.unsubscribeLink();
        assertTrue(link.startsWith(Installation.PUBLIC_URL + "unsubscribe?t=" + member.id() + "." + campaignId + "."),
                link);
        assertEquals("<" + link + ">", got.listUnsubscribe(), "RFC 2369 header with the same link");
        assertEquals("List-Unsubscribe=One-Click", got.listUnsubscribePost(), "RFC 8058 one-click header");
        assertNotNull(got.html(), "an HTML part as well");
        assertTrue(got.html().contains("href=\"" + link + "\""), got.html());
        assertTrue(got.html().contains(Installation.SENDER_CONTACT), got.html());
    }

    @Test
    @DisplayName("MKT-05, MEM-06: a member who withdrew after the campaign was queued gets nothing, and the history says why")
    void memberWhoWithdrewAfterQueueingGetsNoMail() throws Exception {
        MemberView stays = joinConsenting("stays");
        MemberView leaves = joinConsenting("leaves");
        String subject = "철회 확인 " + System.nanoTime();
        UserTransaction tx = InitialContext.doLookup("java:comp/UserTransaction");

        // queued while both consent; the withdrawal commits with the queueing, before any delivery
        tx.begin();
        long campaignId;
        try {
            campaignId = campaigns.sendEmail(subject, "{name}님 안녕하세요", List.of(stays.id(), leaves.id()), "admin");
            members.changeConsents(leaves.id(), new ConsentChoices(false, false, false, false));
            tx.commit();
        } catch (Exception e) {
            tx.rollback();
            throw e;
        }

        awaitOneMail(stays, "(광고) " + subject);
        CampaignProgress progress = Await.until("campaign " + campaignId + " done",
                () -> campaigns.campaigns().stream().filter(c -> c.id() == campaignId).findFirst().orElseThrow(),
                CampaignProgress::done);
        awaitDrained();

        assertEquals(List.of(), mail.withSubject(leaves.email(), "(광고) " + subject), "no mail to the member who left");
        assertEquals(1, progress.sentCount());
        assertEquals(1, progress.skippedCount());
        List<ContactLine> history = campaigns.contactHistory(leaves.id());
        assertEquals(1, history.size(), "one contact line: " + history);
        assertEquals(ContactOutcome.NO_CONSENT, history.get(0).outcome(), "the history says why");
        assertEquals(campaignId, history.get(0).campaignId());
        assertEquals(ContactOutcome.SENT, campaigns.contactHistory(stays.id()).get(0).outcome());
        assertFalse(members.consents(leaves.id()).granted(ConsentChannel.EMAIL));
    }

    @Test
    @DisplayName("MKT-05: a real installation without an unsubscribe secret queues nothing and sends nothing")
    void withoutSecretNothingIsQueued() throws NamingException {
        assertNull(System.getenv("MARKET25_UNSUBSCRIBE_SECRET"),
                "unset MARKET25_UNSUBSCRIBE_SECRET for the module tests: this test needs an installation without it");
        MemberView member = joinConsenting("nosecret");
        long campaignsBefore = db.count("select count(*) from email_campaign");
        awaitDrained();
        String demo = System.getProperty("market25.demo");
        System.setProperty("market25.demo", "false");
        System.clearProperty("market25.unsubscribe.secret");
        try {
            InvalidInputException refused = assertThrows(InvalidInputException.class,
                    () -> campaigns.sendEmail("비밀키 없음", "{name}님", List.of(member.id()), "admin"));
            assertEquals("error.campaignMailNotConfigured", refused.fieldErrors().get("campaign"));
        } finally {
            if (demo == null) {
                System.clearProperty("market25.demo");
            } else {
                System.setProperty("market25.demo", demo);
            }
            Installation.configureCampaignMail();
        }
        assertEquals(campaignsBefore, db.count("select count(*) from email_campaign"), "no campaign stored");
        assertEquals(0, depth(), "nothing queued");
    }

    @Test
    @DisplayName("MKT-05: a subject or body longer than its column is refused with its field, and nothing is stored")
    void tooLongSubjectOrBodyIsRefused() {
        MemberView member = joinConsenting("long");
        long campaignsBefore = db.count("select count(*) from email_campaign");

        InvalidInputException subject = assertThrows(InvalidInputException.class,
                () -> campaigns.sendEmail("가".repeat(196), "{name}님", List.of(member.id()), "admin"));
        InvalidInputException body = assertThrows(InvalidInputException.class,
                () -> campaigns.sendEmail("긴 본문", "나".repeat(20_001), List.of(member.id()), "admin"));

        assertEquals("error.tooLong.200", subject.fieldErrors().get("subject"), "195 letters + \"(광고) \" is the limit");
        assertTrue(String.valueOf(body.fieldErrors().get("body")).startsWith("error.tooLong"), body.fieldErrors().toString());
        assertEquals(campaignsBefore, db.count("select count(*) from email_campaign"));
    }

    // --- helpers -----------------------------------------------------------------------------

    private static <T> T bean(Class<T> type) throws NamingException {
        return InitialContext.doLookup("java:module/" + type.getSimpleName() + "!" + type.getName());
    }

    private MemberView join(String prefix, boolean email, boolean sms, boolean dm, boolean phone) {
        String login = prefix + System.currentTimeMillis() % 100_000_000 + ThreadLocalRandom.current().nextInt(100, 1000);
        return members.join(new JoinRequest(login, "market25!", "market25!", "동의" + prefix, "010-1234-5678",
                login + "@market25.example", "06236", "서울특별시 강남구 테헤란로 152", "1980-01-02",
                Gender.M, email, sms, dm, phone, null));
    }

    /** A new member who agreed to e-mail only, with a mailbox of their own. */
    private MemberView joinConsenting(String prefix) {
        return join(prefix, true, false, false, false);
    }

    private CampaignMails.Mail awaitOneMail(MemberView member, String subject) {
        List<CampaignMails.Mail> got = Await.until("mail '" + subject + "' to " + member.email(),
                () -> mail.withSubject(member.email(), subject), m -> !m.isEmpty());
        assertEquals(1, got.size(), "one mail to " + member.email());
        return got.get(0);
    }

    private long emailContacts(long campaignId, long memberId) {
        return db.count("select count(*) from contact_history where campaign_id = ? and member_id = ?"
                + " and channel = 'EMAIL'", campaignId, memberId);
    }

    private void send(long campaignId, long memberId) throws NamingException {
        ConnectionFactory jms = InitialContext.doLookup("java:app/jms/market25");
        try (JMSContext context = jms.createContext()) {
            var message = context.createMessage();
            message.setLongProperty("campaignId", campaignId);
            message.setLongProperty("memberId", memberId);
            context.createProducer().send(context.createQueue(EMAIL_DISPATCH), message);
        } catch (jakarta.jms.JMSException e) {
            throw new IllegalStateException(e);
        }
    }

    private void awaitDrained() {
        Await.until("dispatch queue drained", this::depth, n -> n == 0);
        Await.pause(Duration.ofSeconds(2));
        Await.until("dispatch queue drained", this::depth, n -> n == 0);
    }

    private int depth() {
        try {
            ConnectionFactory jms = InitialContext.doLookup("java:app/jms/market25");
            try (JMSContext context = jms.createContext(); QueueBrowser browser = context.createBrowser(
                    context.createQueue(EMAIL_DISPATCH))) {
                return Collections.list(browser.getEnumeration()).size();
            }
        } catch (NamingException | jakarta.jms.JMSException e) {
            throw new IllegalStateException(e);
        }
    }
}
