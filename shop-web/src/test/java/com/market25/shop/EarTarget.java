package com.market25.shop;


import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/** Where the deployed EAR is, as the test command passes it, and a headless Chromium for it. */
final class EarTarget {

    private EarTarget() {
    }

    /** Storefront base URL ending in '/'; the test is skipped when no EAR is deployed. */
    static String url() {
        String url = System.getProperty("market25.url");
        if (url == null || url.isBlank()) {
            // a missing EAR is a failure, never a quietly skipped test
            throw new IllegalStateException("market25.url not set: no deployed EAR to test");
        }
        return url.endsWith("/") ? url : url + "/";
    }

    /** The EAR's database, for tests that prepare or check rows: skipped alone, a failure in CI. */
    static String databaseUrl(String why) {
        String db = System.getProperty("market25.db.url");
        if (db == null || db.isBlank()) {
            throw new IllegalStateException("market25.db.url not set: " + why);
        }
        return db;
    }

    static ChromeDriver chromium() throws java.io.IOException {
        var options = new ChromeOptions();
        options.setBinary(System.getProperty("market25.chromium", "/usr/bin/chromium"));
        Path profile = Files.createTempDirectory("market25-chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--lang=ko-KR", "--window-size=1280,1600", "--user-data-dir=" + profile);
        var service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("market25.chromedriver", "/usr/bin/chromedriver"))
                        .toFile())
                .usingAnyFreePort()
                .build();
        var driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return driver;
    }
}
