package com.market25.ear.fault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * MKT-05/06 under {@code kill -9}: a running campaign's e-mail and SMS projects in the middle of
 * their dispatch when Payara dies. Everything is set up through the back office's API beforehand;
 * the two dispatches start together with the rest of what is in flight, and the kill comes once a
 * tenth of the mails are out. Afterwards every treated customer has one SMS, at most one mail
 * (only a mail claimed when the server died may be missing: SMTP cannot be asked), and no control
 * customer anything.
 */
final class ProjectInFlight {

    /** Customers of a run beside a Payara kill (whose wait for the kill is short). */
    static final int CUSTOMERS = 500;
    /** Mails claimed at a time per listener session (EmailSending.CLAIM) × sessions: the most a kill can leave unknown. */
    static final int MOST_UNKNOWN = 10 * 8;

    private final FaultStack stack;
    private final Books books;
    private final String run;
    private final int customers;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private long campaign;
    private long emailProject;
    private long smsProject;
    private long sentAtTheKill = -1;
    private String emailStatus;
    private String smsStatus;

    private ProjectInFlight(FaultStack stack, Books books, String run, int customers) {
        this.stack = stack;
        this.books = books;
        this.run = run;
        this.customers = customers;
    }

    /**
     * Customers (without e-mail consent until {@link #dispatch}, so an e-mail campaign sent beside
     * this one to every consenting member does not mail them too: it would take minutes), a planned
     * campaign, its templates and an e-mail and an SMS project.
     */
    static ProjectInFlight prepare(FaultStack stack, Books books, String run) throws Exception {
        return prepare(stack, books, run, CUSTOMERS);
    }

    /** The same with more customers, for a kill that comes later after the dispatch. */
    static ProjectInFlight prepare(FaultStack stack, Books books, String run, int customers) throws Exception {
        ProjectInFlight p = new ProjectInFlight(stack, books, run, customers);
        books.update("insert into member (member_no, name, phone, email, postal_code, address, member_type, consent_email,"
                + " consent_sms, joined_at, updated_at)"
                + " select concat('Q', ?, lpad(seq, 5, '0')), concat('발송장애', seq),"
                + " concat('010-7', lpad(seq div 10000, 3, '0'), '-', lpad(seq mod 10000, 4, '0')),"
                + " concat('project-', ?, '-', seq, '@market25.example'), '04524', '서울특별시 중구 세종대로 110',"
                + " 'INTERNET', false, true, now(3), now(3) from seq_1_to_" + customers, run, run);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Seoul"));
        p.campaign = p.id(p.call("POST", "campaigns", "application/json", "{\"name\":\"장애 중 발송 " + run
                + "\",\"type\":\"PROMOTION\",\"startDate\":\"" + today + "\",\"endDate\":\"" + today + "\",\"responseWindowDays\":1,"
                + "\"budget\":0,\"targetRevenue\":0,\"channels\":[\"EMAIL\",\"SMS\"]}", 201));
        long mail = p.id(p.call("POST", "templates", "application/json", "{\"name\":\"장애 메일 " + run + "\",\"channel\":\"EMAIL\","
                + "\"subject\":\"{{이름}}님, 장애 중 발송 " + run + "\",\"htmlBody\":\"<p>{{이름}}님, <a href=\\\"https://shop.market25.example/\\\">"
                + "보기</a></p>\",\"textBody\":\"{{이름}}님, 안내입니다.\"}", 201));
        long text = p.id(p.call("POST", "templates", "application/json", "{\"name\":\"장애 문자 " + run + "\",\"channel\":\"SMS\","
                + "\"textBody\":\"{{이름}}님, 안내입니다.\"}", 201));
        p.emailProject = p.id(p.call("POST", "projects", "application/json", "{\"campaign\":" + p.campaign
                + ",\"channel\":\"EMAIL\",\"name\":\"장애 메일\",\"templateId\":" + mail + ",\"unitCost\":1}", 201));
        p.smsProject = p.id(p.call("POST", "projects", "application/json", "{\"campaign\":" + p.campaign
                + ",\"channel\":\"SMS\",\"name\":\"장애 문자\",\"templateId\":" + text + ",\"unitCost\":10}", 201));
        return p;
    }

    /** The customers consent now; the groups are drawn, the campaign runs and both projects are dispatched. */
    void dispatch() throws Exception {
        books.update("update member set consent_email = true where member_no like ?", "Q" + run + "%");
        StringBuilder list = new StringBuilder("customer_id\n");
        for (int i = 1; i <= customers; i++) {
            list.append('Q').append(run).append(String.format("%05d", i)).append('\n');
        }
        call("POST", "campaigns/" + campaign + "/targets?controlRatio=0.2&seed=7", "text/csv", list.toString(), 200);
        for (String step : List.of("approval-request", "approval", "start")) {
            call("POST", "campaigns/" + campaign + "/" + step, "application/json", "", 200);
        }
        call("POST", "projects/" + emailProject + "/dispatch", "application/json", "", 200);
        call("POST", "projects/" + smsProject + "/dispatch", "application/json", "", 200);
    }

    /** Waits until a tenth of the treated customers' mails are out. */
    void awaitSomeSent(Duration timeout) {
        Instant end = Instant.now().plus(timeout);
        while (mailsSent() < treated().size() / 10 && Instant.now().isBefore(end)) {
            FaultStack.sleep(50);
        }
    }

    void killed() {
        sentAtTheKill = mailsSent();
    }

    long sentAtTheKill() {
        return sentAtTheKill;
    }

    /** Waits (up to four minutes) until both projects are done and no mail is queued any more. */
    void awaitEnd() {
        Instant end = Instant.now().plus(Duration.ofMinutes(4));
        while (Instant.now().isBefore(end)) {
            emailStatus = status(emailProject);
            smsStatus = status(smsProject);
            long queued = Books.num(books.query("select count(*) from email_message where source = ? and status = 'QUEUED'",
                    "P" + emailProject).get(0).get(0));
            if ("DONE".equals(emailStatus) && "DONE".equals(smsStatus) && queued == 0) {
                return;
            }
            FaultStack.sleep(500);
        }
    }

    void assertNobodyTwiceAndNobodyLostButTheUnknown() {
        List<Long> treated = treated();
        assertTrue(sentAtTheKill > 0 && sentAtTheKill < treated.size(),
                "the kill must find the e-mail project mid-dispatch: " + sentAtTheKill + " of " + treated.size() + " sent");
        assertEquals("DONE", emailStatus, "the e-mail project finished after the restart");
        assertEquals("DONE", smsStatus, "the SMS project finished after the restart");
        assertEquals(0, Books.num(books.query("select count(*) from project_recipient where project_id in (?, ?)"
                + " and status = 'PENDING'", emailProject, smsProject).get(0).get(0)), "nobody left pending in the ledger");

        List<String> treatedAddresses = addresses("TREATMENT");
        List<String> controlAddresses = addresses("CONTROL");
        Mailboxes mailboxes = new Mailboxes(stack.pop3Port);
        Map<String, Integer> got = mailboxes.count(treatedAddresses, "장애 중 발송 " + run);
        List<String> twice = got.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).toList();
        List<String> missing = got.entrySet().stream().filter(e -> e.getValue() == 0).map(Map.Entry::getKey).toList();
        long unknown = Books.num(books.query("select count(*) from email_message where source = ? and status = 'SENDING'",
                "P" + emailProject).get(0).get(0));
        System.out.println("[fault suite] e-mail project: " + sentAtTheKill + " of " + treated.size() + " sent at the kill; "
                + missing.size() + " treated customers without the mail, " + unknown + " mails left unknown (SENDING)");
        assertTrue(twice.isEmpty(), "customers who got the project's mail twice: " + twice);
        assertTrue(unknown <= MOST_UNKNOWN, unknown + " mails left SENDING, more than the " + MOST_UNKNOWN + " a kill can catch");
        assertTrue(missing.size() <= unknown, missing.size() + " customers without the mail, but only " + unknown
                + " mails were left unknown: " + missing.subList(0, Math.min(10, missing.size())));
        assertTrue(mailboxes.count(controlAddresses, "장애 중 발송 " + run).values().stream().allMatch(n -> n == 0),
                "a control customer got the mail");

        List<List<Object>> sms = books.query("select t.target_group, count(s.id), count(distinct t.customer_id)"
                + " from campaign_target t left join sms_message s on s.customer_id = t.customer_id and s.source = ?"
                + " where t.campaign_id = ? group by t.target_group order by t.target_group", "P" + smsProject, campaign);
        assertEquals("CONTROL", String.valueOf(sms.get(0).get(0)));
        assertEquals(0, Books.num(sms.get(0).get(1)), "no SMS to a control customer");
        assertEquals(treated.size(), Books.num(sms.get(1).get(1)), "one SMS per treated customer, none twice, none lost");
    }

    /**
     * For a kill that also took the test mail server's mailboxes (the broker's JVM): from the
     * shop's records, every treated customer has one mail row and one SMS, each mail accepted by
     * the SMTP server or left unknown by the kill (at most {@value #MOST_UNKNOWN}), none queued,
     * nothing for a control customer.
     */
    void assertInTheRecordsNobodyTwiceAndNoneLeftQueued() {
        List<Long> treated = treated();
        assertTrue(sentAtTheKill > 0 && sentAtTheKill < treated.size(),
                "the kill must find the e-mail project mid-dispatch: " + sentAtTheKill + " of " + treated.size() + " sent");
        assertEquals("DONE", emailStatus, "the e-mail project finished after the restart");
        assertEquals("DONE", smsStatus, "the SMS project finished after the restart");
        List<List<Object>> mails = books.query("select t.target_group, count(e.id), count(distinct e.customer_id),"
                + " coalesce(sum(e.status = 'SENT'), 0), coalesce(sum(e.status = 'SENDING'), 0), coalesce(sum(e.status = 'QUEUED'), 0)"
                + " from campaign_target t left join email_message e on e.customer_id = t.customer_id and e.source = ?"
                + " where t.campaign_id = ? group by t.target_group order by t.target_group", "P" + emailProject, campaign);
        System.out.println("[fault suite] e-mail project across the broker kill: " + sentAtTheKill + " sent at the kill, "
                + mails.get(1).get(3) + " sent and " + mails.get(1).get(4) + " unknown (SENDING) in the end");
        assertEquals(0, Books.num(mails.get(0).get(1)), "no mail row for a control customer");
        assertEquals(treated.size(), Books.num(mails.get(1).get(1)), "one mail row per treated customer");
        assertEquals(treated.size(), Books.num(mails.get(1).get(2)));
        assertEquals(0, Books.num(mails.get(1).get(5)), "no mail left queued");
        assertTrue(Books.num(mails.get(1).get(4)) <= MOST_UNKNOWN, "more mails left unknown than a kill can catch");
        assertEquals(treated.size(), Books.num(mails.get(1).get(3)) + Books.num(mails.get(1).get(4)),
                "every mail accepted by the SMTP server or left unknown by the kill; by status and detail: "
                        + books.query("select status, detail, count(*) from email_message where source = ?"
                                + " group by status, detail", "P" + emailProject));
        assertEquals(0, Books.num(books.query("select count(*) from contact_history h join email_message e"
                + " on e.customer_id = h.member_id and h.channel = 'EMAIL' and h.subject = e.subject where e.source = ?"
                + " group by e.customer_id having count(*) > 1 limit 1", "P" + emailProject).stream().findFirst()
                .map(r -> r.get(0)).orElse(0L)), "a customer with the mail twice in the contact history");
        List<List<Object>> sms = books.query("select t.target_group, count(s.id), count(distinct t.customer_id),"
                + " coalesce(sum(s.submitted_at is null), 0)"
                + " from campaign_target t left join sms_message s on s.customer_id = t.customer_id and s.source = ?"
                + " where t.campaign_id = ? group by t.target_group order by t.target_group", "P" + smsProject, campaign);
        assertEquals(0, Books.num(sms.get(0).get(1)), "no SMS to a control customer");
        assertEquals(treated.size(), Books.num(sms.get(1).get(1)), "one SMS per treated customer, none twice, none lost");
    }

    private long mailsSent() {
        return Books.num(books.query("select count(*) from email_message where source = ? and status = 'SENT'",
                "P" + emailProject).get(0).get(0));
    }

    private List<Long> treated() {
        List<Long> ids = new ArrayList<>();
        books.query("select customer_id from campaign_target where campaign_id = ? and target_group = 'TREATMENT'", campaign)
                .forEach(r -> ids.add(Books.num(r.get(0))));
        return ids;
    }

    private List<String> addresses(String group) {
        List<String> out = new ArrayList<>();
        books.query("select m.email from campaign_target t join member m on m.id = t.customer_id where t.campaign_id = ?"
                + " and t.target_group = ?", campaign, group).forEach(r -> out.add(String.valueOf(r.get(0))));
        return out;
    }

    private String status(long project) {
        return String.valueOf(books.query("select status from campaign_project where id = ?", project).get(0).get(0));
    }

    private String call(String method, String path, String type, String body, int expected) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(stack.adminUrl + "api/" + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("admin:market25!".getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", type + "; charset=UTF-8")
                .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(expected, response.statusCode(), method + " " + path + ": " + response.body());
        return response.body();
    }

    private long id(String json) {
        Matcher m = Pattern.compile("\"id\":(\\d+)").matcher(json);
        assertTrue(m.find(), json);
        return Long.parseLong(m.group(1));
    }
}
