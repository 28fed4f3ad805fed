package com.market25.admin.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.FluentWait;

/**
 * 우편 DM·반송 in a real browser (MKT-06, MEM-04): a marketer makes a DM batch from member numbers
 * (those without consent and unknown numbers are told, not printed), downloads the label PDF,
 * marks the batch as posted after a confirmation, and each customer's page shows the DM; returned
 * letters typed in by member number are flagged, listed as the latest returns, unknown numbers are
 * named, and a flagged address gets no label in the next batch.
 */
class DmScreenMkt06EarIT {

    private static final Pattern CREATED = Pattern.compile("DM 묶음 (\\d+)번을 만들었습니다: ([^\\n]*)");

    @Test
    void mkt06_aBatchFromMemberNumbersIsPrintedAndMarkedAsSent() throws Exception {
        ChannelFixture f = new ChannelFixture();
        var first = f.customer("라벨화면가", "010-2345-7101", "04524", "서울특별시 중구 세종대로 110 화면빌딩", false, true, false);
        var second = f.customer("라벨화면나", "010-2345-7102", "06236", "서울특별시 강남구 테헤란로 152", false, true, false);
        var noConsent = f.customer("라벨화면동의없음", "010-2345-7103", "06236", "서울특별시 강남구 테헤란로 153", false, false,
                false);
        String unknownNo = "9" + f.tag;
        String name = "DM 화면 " + f.tag;
        Path downloads = Files.createTempDirectory("m25-dm-labels-");

        try (AdminBrowser browser = AdminBrowser.open().signedIn()) {
            openDmPage(browser);
            browser.type(By.id("batchForm:name"), name);
            browser.type(By.id("batchForm:memberNumbers"), first.memberNo() + "\n" + noConsent.memberNo() + "\n" + unknownNo
                    + "\n" + second.memberNo());
            browser.click(By.id("batchForm:create"));
            String message = browser.awaitText(By.id("messages"), "번을 만들었습니다");
            Matcher m = CREATED.matcher(message);
            assertTrue(m.find(), message);
            long batchId = Long.parseLong(m.group(1));
            assertEquals("대상 2명 · 수신 동의 없음 1명", m.group(2).strip(), message);
            assertTrue(message.contains("없는 회원번호: " + unknownNo), message);

            By row = By.cssSelector("#batchesForm\\:batchTable tr.batch-" + batchId);
            String line = browser.awaitText(row, name);
            assertEquals("2", browser.text(By.cssSelector("#batchesForm\\:batchTable tr.batch-" + batchId + " td.printable")),
                    line);
            assertEquals("", browser.text(By.cssSelector("#batchesForm\\:batchTable tr.batch-" + batchId + " td.sent")).strip(),
                    "not posted yet");

            // 라벨 PDF: the sheet the marketer prints, with the two customers who may get a letter
            ((ChromeDriver) browser.driver).executeCdpCommand("Browser.setDownloadBehavior",
                    Map.of("behavior", "allow", "downloadPath", downloads.toAbsolutePath().toString()));
            browser.find(By.cssSelector("#batchesForm\\:batchTable tr.batch-" + batchId + " button[id$=':labels']")).click();
            File pdf = awaitDownload(downloads, "dm-labels-" + batchId + ".pdf");
            try (PDDocument doc = Loader.loadPDF(pdf)) {
                String labels = new PDFTextStripper().getText(doc);
                assertEquals(1, doc.getNumberOfPages());
                assertTrue(labels.contains("라벨화면가 님") && labels.contains("라벨화면나 님"), labels);
                assertTrue(labels.contains(first.memberNo()) && labels.contains("(우) 04524"), labels);
                assertFalse(labels.contains("라벨화면동의없음"), "no consent, no label:\n" + labels);
            }

            // 발송 처리, after the question
            browser.find(By.cssSelector("#batchesForm\\:batchTable tr.batch-" + batchId + " button[id$=':markSent']")).click();
            WebElement dialog = browser.wait.until(d -> d.findElements(By.cssSelector(".ui-confirm-dialog")).stream()
                    .filter(WebElement::isDisplayed).findFirst().orElse(null));
            assertTrue(dialog.getText().contains("우편을 발송했습니까?"), dialog.getText());
            WebElement yes = dialog.findElement(By.cssSelector(".ui-confirmdialog-yes"));
            assertEquals("예", yes.getText().strip(), "the confirmation answers the question asked");
            assertEquals("아니요", dialog.findElement(By.cssSelector(".ui-confirmdialog-no")).getText().strip());
            yes.click();
            browser.awaitAjax();
            browser.awaitText(By.id("messages"), "DM 묶음 \"" + name + "\"을(를) 발송 처리했습니다 (접촉 이력 2건).");
            String sent = browser.awaitText(By.cssSelector("#batchesForm\\:batchTable tr.batch-" + batchId + " td.sent"),
                    AdminBrowser.STAFF);
            assertTrue(sent.matches(".*\\d{4}-\\d{2}-\\d{2}.*"), "who and when: " + sent);
            assertTrue(browser.driver.findElements(By.cssSelector("#batchesForm\\:batchTable tr.batch-" + batchId
                    + " button[id$=':markSent']")).isEmpty(), "a posted batch cannot be marked again");
            browser.screenshot("dm-batch-sent");

            // kept: a fresh page, and the customer's contact history has the DM
            browser.get("dm.xhtml");
            assertTrue(browser.text(By.cssSelector("#batchesForm\\:batchTable tr.batch-" + batchId + " td.sent"))
                    .contains(AdminBrowser.STAFF));
            browser.get("customer.xhtml?id=" + second.id());
            String contacts = browser.text(By.id("customerForm:contactTable"));
            assertTrue(contacts.contains(name) && contacts.contains("발송"), contacts);
            browser.get("customer.xhtml?id=" + noConsent.id());
            assertFalse(browser.text(By.id("customerForm:contactTable")).contains(name), "no letter, no contact");
        } finally {
            try (var files = Files.list(downloads)) {
                files.forEach(p -> p.toFile().delete());
            }
            Files.deleteIfExists(downloads);
        }
    }

    @Test
    void mem04_returnedMemberNumbersAreFlaggedListedAndUnknownOnesNamed() throws Exception {
        ChannelFixture f = new ChannelFixture();
        var returned1 = f.customer("반송화면가", "010-2345-7201", "04524", "서울특별시 중구 세종대로 120", false, true, false);
        var returned2 = f.customer("반송화면나", "010-2345-7202", "04524", "서울특별시 중구 세종대로 121", false, true, false);
        var fine = f.customer("반송화면정상", "010-2345-7203", "04524", "서울특별시 중구 세종대로 122", false, true, false);
        String unknownNo = "9" + f.tag;

        try (AdminBrowser browser = AdminBrowser.open().signedIn()) {
            openDmPage(browser);
            // as a scanner types them: the number and Enter, one after the other
            browser.type(By.id("returnsForm:numbers"), returned1.memberNo() + "\n" + unknownNo + "\n" + returned2.memberNo()
                    + "\n");
            browser.click(By.id("returnsForm:recordReturns"));
            String messages = browser.awaitText(By.id("messages"), "반송 2건을 처리했습니다 (이미 반송 표시된 고객 0명 포함).");
            assertTrue(messages.contains("없는 회원번호: " + unknownNo), messages);
            String flagged = browser.text(By.id("returnFlagged"));
            assertTrue(flagged.startsWith("반송 처리:") && flagged.contains(returned1.memberNo())
                    && flagged.contains(returned2.memberNo()) && !flagged.contains(unknownNo), flagged);
            String unknown = browser.text(By.id("returnUnknown"));
            assertEquals("없는 회원번호: " + unknownNo, unknown.strip());
            assertEquals("", browser.find(By.id("returnsForm:numbers")).getAttribute("value"), "ready for the next letters");

            // the latest returns: who, by whom, and that the address is flagged
            for (var c : new ChannelFixture.Customer[] {returned1, returned2}) {
                String row = browser.text(By.xpath("//*[@id='returnsForm:returnsTable']//tr[td//a[text()='" + c.memberNo()
                        + "']]"));
                assertTrue(row.contains(c.name()) && row.contains(AdminBrowser.STAFF) && row.contains("반송 표시"), row);
            }
            assertFalse(browser.text(By.id("returnsForm:returnsTable")).contains(unknownNo));
            browser.screenshot("dm-returns-screen");

            // the same letter scanned again the next day is counted as flagged already
            browser.type(By.id("returnsForm:numbers"), returned1.memberNo());
            browser.click(By.id("returnsForm:recordReturns"));
            browser.awaitText(By.id("messages"), "(이미 반송 표시된 고객 1명 포함)");

            // the next batch leaves the returned address out and says so
            browser.type(By.id("batchForm:name"), "반송 후 DM " + f.tag);
            browser.type(By.id("batchForm:memberNumbers"), returned1.memberNo() + "\n" + fine.memberNo());
            browser.click(By.id("batchForm:create"));
            String created = browser.awaitText(By.id("messages"), "번을 만들었습니다");
            assertTrue(created.contains("대상 1명 · 반송 주소 1명"), created);
        }
    }

    private static void openDmPage(AdminBrowser browser) {
        browser.click(By.id("topForm:menuChannels"));
        browser.click(By.id("navDm"));
        browser.awaitText(By.id("batchesForm"), "DM 묶음");
    }

    /** Waits for Chromium to finish writing the download (no .crdownload left). */
    private static File awaitDownload(Path dir, String name) {
        File file = dir.resolve(name).toFile();
        new FluentWait<>(dir).withTimeout(Duration.ofSeconds(30)).pollingEvery(Duration.ofMillis(200))
                .withMessage("the download of " + name).until(x -> {
            File[] partial = dir.toFile().listFiles((d, n) -> n.endsWith(".crdownload"));
            return file.isFile() && file.length() > 0 && (partial == null || partial.length == 0);
        });
        return file;
    }
}
