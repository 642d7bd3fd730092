package org.speechkg.browse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The browser as a person uses it, in a real headless Chromium (Debian's {@code chromium} and
 * {@code chromium-driver}; other paths via {@code CHROMIUM_BIN} and {@code CHROMEDRIVER}): home page, search for a
 * formula, its entity page with a marked mention and an incoming link, the graph view drawn by Cytoscape.js, the
 * speech page, and the query page running a cookbook query and a typed one. Screenshots go to
 * {@code target/screenshots/}. Without Chromium the test fails (CI must install it), it does not skip.
 */
class BrowserTest {
    static final Path SHOTS = Path.of("target", "screenshots");
    private static WebDriver driver;
    private static Path profile;
    private static ChromeDriverService service;

    @BeforeAll
    static void startChromium() throws IOException {
        Path chromium = Path.of(env("CHROMIUM_BIN", "/usr/bin/chromium"));
        Path chromedriver = Path.of(env("CHROMEDRIVER", "/usr/bin/chromedriver"));
        if (!Files.isExecutable(chromium) || !Files.isExecutable(chromedriver)) {
            fail("Headless Chromium is needed for this test but " + chromium + " or " + chromedriver
                    + " is missing: apt-get install -y chromium chromium-driver (or set CHROMIUM_BIN and CHROMEDRIVER)");
        }
        // the driver is given explicitly, so Selenium Manager (which would download one) is never consulted
        System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, chromedriver.toString());
        profile = Files.createTempDirectory("speechkg-chromium");
        service = new ChromeDriverService.Builder().usingDriverExecutable(chromedriver.toFile()).usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-extensions", "--window-size=1280,1000",
                "--user-data-dir=" + profile.toAbsolutePath());
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        Files.createDirectories(SHOTS);
        SeedSite.server();
    }

    @AfterAll
    static void stopChromium() throws IOException {
        if (driver != null) {
            driver.quit();
        }
        if (service != null) {
            service.stop();
        }
        if (profile != null) {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    @Test
    void searchEntityGraphSpeechAndQuery() {
        driver.get(SeedSite.url("/"));
        assertThat(driver.findElement(By.cssSelector("#speeches li")).getText()).isNotBlank();
        shot("home");

        WebElement box = driver.findElement(By.id("q"));
        box.sendKeys("枫桥");
        driver.findElement(By.id("search-button")).click();
        waitFor(By.cssSelector("li.result a"));
        shot("search");
        driver.findElement(By.linkText("枫桥经验")).click();

        waitFor(By.cssSelector("article.entity"));
        assertThat(driver.getCurrentUrl()).contains("/page/entity/Policy/");
        assertThat(driver.findElement(By.cssSelector("h1 .label")).getText()).isEqualTo("枫桥经验");
        WebElement mark = driver.findElement(By.cssSelector("#mentions li.mention .sentence mark"));
        assertThat(mark.getText()).contains("枫桥经验");
        assertThat(mark.findElement(By.xpath("..")).getText().length()).isGreaterThan(mark.getText().length());
        List<WebElement> incoming = driver.findElements(By.cssSelector("#incoming tr.link-row"));
        assertThat(incoming).isNotEmpty();
        assertThat(incoming.get(0).findElement(By.cssSelector("td a")).getAttribute("href")).contains("/page/speech/");
        shot("entity");

        driver.findElement(By.cssSelector("a.graph-view")).click();
        new WebDriverWait(driver, Duration.ofSeconds(60))
                .until(ExpectedConditions.attributeToBe(By.id("cy"), "data-ready", "true"));
        Object nodes = ((JavascriptExecutor) driver).executeScript("return window.cy.nodes().length;");
        assertThat(((Number) nodes).intValue()).isGreaterThan(1);
        assertThat(driver.findElement(By.id("cy")).getAttribute("data-edges")).isNotEqualTo("0");
        shot("graph");

        driver.navigate().back();
        waitFor(By.cssSelector("#mentions li.mention a"));
        driver.findElement(By.cssSelector("#mentions li.mention a")).click();
        waitFor(By.cssSelector(".speech-text a.mention mark"));
        assertThat(driver.findElements(By.cssSelector(".speech-text a.mention mark")).size()).isGreaterThan(5);
        shot("speech");

        driver.get(SeedSite.url("/query"));
        waitFor(By.cssSelector(".CodeMirror"));
        Select cookbook = new Select(driver.findElement(By.id("cookbook")));
        if (cookbook.getOptions().size() > 1) {
            cookbook.selectByIndex(1);
            run();
            assertThat(driver.findElement(By.id("status")).getText()).doesNotStartWith("Error");
            shot("query-cookbook");
        }
        typeQuery(Namespaces.PROLOGUE + "SELECT ?speech ?entity WHERE { ?speech skg:mentions ?entity } LIMIT 7");
        run();
        int rows = Integer.parseInt(driver.findElement(By.id("results")).getAttribute("data-rows"));
        assertThat(rows).isEqualTo(7);
        List<WebElement> links = driver.findElements(By.cssSelector("#results-table tbody a"));
        assertThat(links).isNotEmpty();
        assertThat(links.get(0).getAttribute("href")).contains("/page?iri=");
        shot("query");
    }

    /** Types into the CodeMirror editor as a person would. */
    private static void typeQuery(String query) {
        WebElement editor = driver.findElement(By.cssSelector(".CodeMirror textarea"));
        driver.findElement(By.cssSelector(".CodeMirror")).click();
        editor.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        editor.sendKeys(query);
        assertThat(((JavascriptExecutor) driver).executeScript("return window.sparqlEditor.getValue();"))
                .isEqualTo(query);
    }

    private static void run() {
        driver.findElement(By.id("run")).click();
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(d ->
                d.findElement(By.id("results")).getAttribute("data-rows") != null
                        || d.findElement(By.id("status")).getText().startsWith("Error"));
    }

    private static void waitFor(By by) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(by));
    }

    private static void shot(String name) {
        try {
            File png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(png.toPath(), SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String env(String name, String dflt) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? dflt : v;
    }

    /** The prefix the typed query needs (one line: the editor does not auto-indent it). */
    private static final class Namespaces {
        static final String PROLOGUE = "PREFIX skg: <" + org.speechkg.vocab.SKG.NS + "> ";
    }
}
