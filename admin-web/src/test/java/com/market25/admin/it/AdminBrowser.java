package com.market25.admin.it;


import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium on the deployed admin, with the waits PrimeFaces ajax needs. The
 * settings come from the system properties the test command passes; without
 * {@code market25.admin.url} the tests are skipped.
 */
final class AdminBrowser implements AutoCloseable {

    static final String STAFF = "admin";
    static final String STAFF_PASSWORD = "market25!";

    final String adminUrl;
    final WebDriver driver;
    final WebDriverWait wait;
    private final Path profile;

    private AdminBrowser(String adminUrl) throws IOException {
        this.adminUrl = adminUrl.endsWith("/") ? adminUrl : adminUrl + "/";
        this.profile = Files.createTempDirectory("m25-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("market25.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1400,1000", "--lang=ko-KR",
                // a free port may be one Chromium refuses as unsafe (10080, 6000 …): allow the one under test
                "--explicitly-allowed-ports=" + java.net.URI.create(this.adminUrl).getPort(),
                "--user-data-dir=" + profile.toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("market25.chromedriver", "/usr/bin/chromedriver")))
                .usingAnyFreePort()
                .build();
        this.driver = new ChromeDriver(service, options);
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(20), Duration.ofMillis(100));
    }

    /** Skips the calling test unless the admin of a deployed EAR is given (fails instead in CI). */
    static String adminUrlOrSkip() {
        return given("market25.admin.url", "no deployed EAR to test");
    }

    static String storefrontUrl() {
        return given("market25.url", "no storefront to order from");
    }

    /** The EAR's database, for tests that prepare or check rows: skipped alone, a failure in CI. */
    static String databaseUrl(String why) {
        return given("market25.db.url", why);
    }

    private static String given(String property, String why) {
        String url = System.getProperty(property);
        if (url == null || url.isBlank()) {
            // a missing EAR is a failure, never a quietly skipped test (README: the test command sets it)
            throw new IllegalStateException(property + " not set: " + why);
        }
        return url;
    }

    static AdminBrowser open() throws IOException {
        return new AdminBrowser(adminUrlOrSkip());
    }

    void get(String page) {
        driver.get(adminUrl + page);
        awaitAjax();
    }

    /** Signs in as the demo staff member and lands on the slip list. */
    AdminBrowser signedIn() {
        get("login.xhtml");
        type(By.id("loginForm:loginId"), STAFF);
        type(By.id("loginForm:password"), STAFF_PASSWORD);
        driver.findElement(By.id("loginForm:signIn")).click();
        wait.until(d -> d.getCurrentUrl().contains("slips.xhtml"));
        awaitAjax();
        return this;
    }

    WebElement find(By by) {
        return wait.until(d -> {
            List<WebElement> found = d.findElements(by);
            return found.isEmpty() ? null : found.get(0);
        });
    }

    void type(By by, String text) {
        WebElement field = find(by);
        field.clear();
        field.sendKeys(text);
    }

    /** Clicks and waits for the PrimeFaces ajax round trip it starts. */
    void click(By by) {
        find(by).click();
        awaitAjax();
    }

    /**
     * Chooses {@code label} in a PrimeFaces select menu ({@code menuId} is its client id) as a user
     * does: opens it, waits until the panel has stopped moving, clicks the item, and checks that the
     * menu shows it; a click that landed while the panel was still fading in is tried again.
     */
    void pick(String menuId, String label) {
        By item = By.xpath("//div[@id='" + menuId + "_panel']//li[@data-label='" + label + "']");
        JavascriptExecutor js = (JavascriptExecutor) driver;
        for (int attempt = 1; ; attempt++) {
            click(By.id(menuId + "_label"));
            wait.until(org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable(item));
            wait.until(d -> Boolean.TRUE.equals(js.executeScript("return !jQuery(PrimeFaces.escapeClientId('"
                    + menuId + "_panel')).is(':animated');")));
            find(item).click();
            awaitAjax();
            try {
                new WebDriverWait(driver, Duration.ofSeconds(3))
                        .until(d -> d.findElement(By.id(menuId + "_label")).getText().contains(label));
                return;
            } catch (org.openqa.selenium.TimeoutException | StaleElementReferenceException e) {
                if (attempt == 3) {
                    awaitText(By.id(menuId + "_label"), label);
                    return;
                }
            }
        }
    }

    /** Waits until no PrimeFaces ajax request is queued or running. */
    void awaitAjax() {
        wait.until(ajaxIdle());
    }

    String text(By by) {
        return wait.until(d -> {
            try {
                List<WebElement> found = d.findElements(by);
                return found.isEmpty() ? null : found.get(0).getText();
            } catch (StaleElementReferenceException e) {
                return null;
            }
        });
    }

    /** Waits until the element's text contains {@code expected}, re-finding it across ajax updates. */
    String awaitText(By by, String expected) {
        try {
            wait.until(d -> {
                try {
                    List<WebElement> found = d.findElements(by);
                    return !found.isEmpty() && found.get(0).getText().contains(expected);
                } catch (StaleElementReferenceException e) {
                    return false;
                }
            });
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("no '" + expected + "' in " + by + "; page text:\n" + pageText(), e);
        }
        return text(by);
    }

    String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /** Keeps a screenshot under target/screenshots for a human to look at. */
    void screenshot(String name) {
        try {
            Path dir = Path.of("target", "screenshots");
            Files.createDirectories(dir);
            // the whole page, not just the window
            org.openqa.selenium.Dimension window = driver.manage().window().getSize();
            Number height = (Number) ((JavascriptExecutor) driver).executeScript(
                    "return document.documentElement.scrollHeight;");
            driver.manage().window().setSize(new org.openqa.selenium.Dimension(window.getWidth(),
                    Math.max(window.getHeight(), Math.min(height.intValue() + 150, 4000))));
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            driver.manage().window().setSize(window);
            Files.copy(shot.toPath(), dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            System.err.println("screenshot " + name + " failed: " + e);
        }
    }

    private static ExpectedCondition<Boolean> ajaxIdle() {
        return d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return document.readyState === 'complete'"
                        + " && (typeof PrimeFaces === 'undefined' || !PrimeFaces.ajax || PrimeFaces.ajax.Queue.isEmpty())"
                        + " && (typeof jQuery === 'undefined' || jQuery.active === 0);"));
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            } catch (IOException ignored) {
                // a temp profile left behind is harmless
            }
        }
    }
}
