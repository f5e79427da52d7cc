package io.idbridge.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import io.idbridge.distribution.Installation.Running;
import io.idbridge.sandbox.helloid.HelloIdSimulator;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The daemon's web console in a real headless Chromium: an administrator logs in with the admin token, starts a sync,
 * opens the run, finds the creates held by a threshold, approves them (one by hand, the rest in bulk) and sees them
 * carried out, in the run and in HelloID. The API refuses requests without the token or with a wrong one.
 */
class ConsoleIT {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final String TOKEN = "console-admin-token-2718";
    private static final int PERSONS = 8;

    @TempDir
    Path directory;

    @Test
    void anAdministratorLogsInOpensTheRunApprovesTheHeldCreatesAndSeesThemCarriedOut() throws Exception {
        assertThat(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER))
                .as("ConsoleIT needs Debian's headless Chromium and its driver at %s and %s: apt-get install -y "
                        + "--no-install-recommends chromium chromium-driver (.ci/run installs them)", CHROMIUM, CHROMEDRIVER)
                .isTrue();
        Installation installation = Installation.copyInto(directory.resolve("idbridge"));
        Path data = directory.resolve("data");
        int port = Installation.freePorts(1)[0];
        try (HelloIdSimulator helloId = SyncConfiguration.seededHelloId()) {
            Path config = SyncConfiguration.write(data, HrExport.of(PERSONS, LocalDate.now(ZoneOffset.UTC)), helloId);
            // the schedule fires once a year: the only sync is the one the console starts. Five creates reach the
            // threshold, so the first sync holds all of them for approval.
            Files.writeString(config, Files.readString(config) + "\nidbridge.schedule = \"0 0 0 1 1 ?\"\n"
                    + "idbridge.targets.helloid.thresholds { create = 5 }\n"
                    + "idbridge.admin { token = \"" + TOKEN + "\", port = " + port + " }\n");
            Running daemon = installation.start("run", "-c", config.toString());
            WebDriver browser = null;
            try {
                assertThat(daemon.waitUntil(() -> daemon.output().contains("admin endpoint on")))
                        .as("the daemon started:%n%s", daemon.output()).isTrue();
                String base = "http://127.0.0.1:" + port;
                theApiRefusesRequestsWithoutTheRightToken(base);

                browser = chromium();
                approveTheHeldCreatesInTheConsole(browser, base, helloId, daemon);
                theConsoleShowsAConfigurationBrokenWhileRunning(browser, config, daemon);
            } finally {
                if (browser != null) {
                    browser.quit();
                }
                daemon.process().destroy();
                assertThat(daemon.process().waitFor(60, TimeUnit.SECONDS)).isTrue();
            }
            assertThat(daemon.process().exitValue()).as(daemon.output()).isZero();
            assertThat(daemon.output()).doesNotContain(TOKEN);
        }
    }

    private static void theApiRefusesRequestsWithoutTheRightToken(String base) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest.Builder held = HttpRequest.newBuilder(URI.create(base + "/api/held"));
        assertThat(http.send(held.build(), HttpResponse.BodyHandlers.ofString()).statusCode()).as("no token")
                .isEqualTo(401);
        HttpResponse<String> wrong = http.send(held.header("Authorization", "Bearer " + TOKEN + "-wrong").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(wrong.statusCode()).as("wrong token").isEqualTo(401);
        assertThat(wrong.body()).doesNotContain(TOKEN);
    }

    private static void approveTheHeldCreatesInTheConsole(WebDriver browser, String base, HelloIdSimulator helloId,
                                                          Running daemon) {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        browser.get(base + "/console/runs.html");
        wait.until(ExpectedConditions.urlContains("/console/index.html"));
        assertThat(text(wait, "message")).contains("Log in with the admin token first");

        logIn(browser, wait, "not-the-token");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("message"), "refused the token"));
        logIn(browser, wait, TOKEN);
        wait.until(ExpectedConditions.urlContains("/console/runs.html"));

        browser.findElement(By.id("sync-now")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("message"), "sync requested"));
        // the runs page refreshes itself; the run is done once it says PARTIAL (the creates are held)
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("runs"), "PARTIAL"));
        click(wait, By.linkText("Run 1"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("run-status"), "PARTIAL"));
        assertThat(helloId.users()).as("users before the approval").isEmpty();

        browser.findElement(By.partialLinkText(PERSONS + " actions held for approval")).click();
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#held tbody tr"), PERSONS));
        assertThat(text(wait, "held")).contains("create: " + PERSONS + " actions reach the threshold of 5",
                "\"userName\"", "@lindeveld.nl");

        browser.findElement(By.cssSelector("#held tbody tr:first-child button.approve")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("message"), "Approved 1 actions: run 1"));
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#held tbody tr"), PERSONS - 1));
        assertThat(helloId.users()).as("users after approving one").hasSize(1);

        browser.findElement(By.id("select-all")).click();
        browser.findElement(By.id("approve-selected")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("message"),
                "Approved " + (PERSONS - 1) + " actions: run 1"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("held"), "No held actions."));
        assertThat(helloId.users()).as("users after approving the rest").hasSize(PERSONS);

        click(wait, By.linkText("Runs"));
        click(wait, By.linkText("Run 1"));
        wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("#actions tbody tr"), 0));
        List<WebElement> creates = browser.findElements(By.cssSelector("#actions tbody tr[data-status=SUCCEEDED]"))
                .stream().filter(row -> row.findElements(By.tagName("td")).get(3).getText().equals("CREATE")).toList();
        assertThat(creates).as("creates carried out in run 1:%n%s", daemon.output()).hasSize(PERSONS);
        assertThat(browser.findElements(By.cssSelector("#actions tbody tr[data-status=HELD]"))).isEmpty();

        browser.findElement(By.linkText(Integer.toString(HrExport.FIRST_ID))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("accounts"), "helloid"));
        assertThat(text(wait, "audit")).contains("APPROVED", "approved by admin console");
    }

    /** The daemon syncs on with the last valid configuration, so only the console's header can show the problem. */
    private static void theConsoleShowsAConfigurationBrokenWhileRunning(WebDriver browser, Path config,
                                                                        Running daemon) throws Exception {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        wait.withMessage(() -> "daemon output:\n" + daemon.output());
        assertThat(text(wait, "daemon-status")).contains("This daemon runs the syncs");
        Files.writeString(config, Files.readString(config).replace("requests-per-second = 0",
                "requests-per-second = fast"));

        click(wait, By.linkText("Runs"));
        // a click that lands on the page being left is lost with it (the browser drops the request on unload)
        wait.until(ExpectedConditions.urlContains("/console/runs.html"));
        click(wait, By.id("sync-now"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("message"), "sync requested"));
        // the status is read when a page opens: reopen the runs page until the sync has read the edited file
        wait.withMessage(() -> "the page says: " + browser.findElements(By.cssSelector("#daemon-status, #message"))
                .stream().map(WebElement::getText).toList() + "\ndaemon output:\n" + daemon.output());
        wait.until(driver -> {
            driver.navigate().refresh();
            // the page fills the status in when /api/status answers: judge it then, not before (a race that lost
            // every time the answer came after the check, and the next refresh cancelled it)
            new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("#daemon-status p")));
            return driver.findElements(By.cssSelector("#daemon-status.problems")).size() == 1;
        });
        assertThat(text(wait, "daemon-status")).contains("has problems; syncs go on with the last valid configuration");
        assertThat(text(wait, "configuration-problems")).contains("requests-per-second");
    }

    private static void logIn(WebDriver browser, WebDriverWait wait, String token) {
        WebElement field = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("token")));
        field.clear();
        field.sendKeys(token);
        browser.findElement(By.id("log-in")).click();
    }

    /** Clicks what {@code locator} finds, again when the runs page's refresh replaced it meanwhile. */
    private static void click(WebDriverWait wait, By locator) {
        wait.ignoring(StaleElementReferenceException.class).until(browser -> {
            browser.findElement(locator).click();
            return true;
        });
    }

    private static String text(WebDriverWait wait, String id) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.id(id))).getText();
    }

    /** Debian's Chromium through its own chromedriver, so that Selenium Manager never looks for (or downloads) one. */
    private WebDriver chromium() throws Exception {
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile());
        // without the background-networking flags Chromium phones home at start, which a closed network refuses
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1366,900", "--user-data-dir=" + Files.createDirectories(directory.resolve("chromium")));
        return new ChromeDriver(service, options);
    }
}
