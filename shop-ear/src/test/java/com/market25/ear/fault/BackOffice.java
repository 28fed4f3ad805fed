package com.market25.ear.fault;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The demo 운영자 in a headless Chromium on the back office: starts a settlement run or an
 * e-mail campaign the way staff do, so the fault suite can crash the server while they run.
 */
final class BackOffice implements AutoCloseable {

    static final String STAFF = "admin";
    static final String STAFF_PASSWORD = "market25!";

    private final String adminUrl;
    private final WebDriver driver;
    private final WebDriverWait wait;
    private final Path profile;

    private BackOffice(String adminUrl) throws IOException {
        this.adminUrl = adminUrl;
        this.profile = Files.createTempDirectory("m25-fault-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("market25.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1400,1000", "--lang=ko-KR",
                "--user-data-dir=" + profile.toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("market25.chromedriver", "/usr/bin/chromedriver")))
                .usingAnyFreePort()
                .build();
        this.driver = new ChromeDriver(service, options);
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(180), Duration.ofMillis(100));
    }

    static BackOffice signedIn(String adminUrl) {
        try {
            BackOffice office = new BackOffice(adminUrl);
            office.driver.get(adminUrl + "login.xhtml");
            office.awaitAjax();
            office.type(By.id("loginForm:loginId"), STAFF);
            office.type(By.id("loginForm:password"), STAFF_PASSWORD);
            office.find(By.id("loginForm:signIn")).click();
            office.wait.until(d -> d.getCurrentUrl().contains("slips.xhtml"));
            office.awaitAjax();
            return office;
        } catch (IOException e) {
            throw new IllegalStateException("cannot start Chromium", e);
        }
    }

    /** Clicks 정산 실행 for the day and returns at once: the run goes on in the server. */
    void startSettlement(LocalDate day) {
        open(By.id("topForm:menuSettlement"), By.id("settlementForm:btnRun"));
        WebElement input = find(By.id("settlementForm:day_input"));
        // the date picker's overlay swallows keys; the form posts the input's text, so set that
        Object entered = ((JavascriptExecutor) driver).executeScript(
                "arguments[0].value = arguments[1]; return arguments[0].value;", input, day.toString());
        if (!day.toString().equals(entered)) {
            throw new AssertionError("could not enter " + day + " as the settlement day: the field says " + entered);
        }
        find(By.id("settlementForm:btnRun")).click();
    }

    /** Runs the settlement of the day and waits for its outcome (변경됨 / 변경 없음). */
    String settle(LocalDate day) {
        startSettlement(day);
        awaitAjax();
        try {
            return wait.until(d -> {
                try {
                    List<WebElement> outcome = d.findElements(By.id("settlementForm:lastOutcome"));
                    return outcome.isEmpty() || outcome.get(0).getText().isBlank() ? null : outcome.get(0).getText().trim();
                } catch (StaleElementReferenceException e) {
                    return null;
                }
            });
        } catch (TimeoutException e) {
            throw new AssertionError("the settlement of " + day + " showed no outcome; the page says:\n" + pageText(), e);
        }
    }

    /**
     * Chooses every consenting member (the select-all box of the audience table selects all
     * pages), writes the campaign and sends it; returns once the back office confirmed.
     */
    void sendCampaignToEveryone(String subject, String body) {
        open(By.id("topForm:menuCampaign"), By.id("campaignForm:audienceTable"));
        find(By.cssSelector("[id='campaignForm:audienceTable'] thead .ui-chkbox-box")).click();
        awaitAjax();
        type(By.id("campaignForm:subject"), subject);
        type(By.id("campaignForm:body"), body);
        find(By.id("campaignForm:btnSend")).click();
        awaitAjax();
    }

    private void open(By menu, By ready) {
        find(menu).click();
        awaitAjax();
        find(ready);
    }

    private WebElement find(By by) {
        return wait.until(d -> {
            List<WebElement> found = d.findElements(by);
            return found.isEmpty() ? null : found.get(0);
        });
    }

    private void type(By by, String text) {
        WebElement field = find(by);
        field.clear();
        field.sendKeys(text);
    }

    private void awaitAjax() {
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return document.readyState === 'complete'"
                        + " && (typeof PrimeFaces === 'undefined' || !PrimeFaces.ajax || PrimeFaces.ajax.Queue.isEmpty())"
                        + " && (typeof jQuery === 'undefined' || jQuery.active === 0);")));
    }

    String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            } catch (IOException ignored) {
                // a temporary profile left behind is harmless
            }
        }
    }
}
