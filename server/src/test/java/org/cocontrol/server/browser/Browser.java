package org.cocontrol.server.browser;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.TimeoutError;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.BoundingBox;
import com.microsoft.playwright.options.FilePayload;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The system Chromium driven by Playwright, without any browser download: {@code
 * PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD} is set for the driver and the browser is Debian's {@code
 * /usr/bin/chromium} (CJK glyphs from {@code fonts-wqy-microhei}). {@code COCONTROL_CHROMIUM} names
 * another executable.
 */
final class Browser implements AutoCloseable {

  static final Path SCREENSHOTS = Path.of("target", "screenshots");

  private static final List<String> FLAGS =
      List.of(
          "--no-sandbox",
          "--disable-gpu",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--no-first-run",
          "--disable-dev-shm-usage");

  private final Playwright playwright;
  private final com.microsoft.playwright.Browser browser;

  private Browser(Path executable) {
    playwright =
        Playwright.create(
            new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    browser =
        playwright
            .chromium()
            .launch(
                new BrowserType.LaunchOptions()
                    .setExecutablePath(executable)
                    .setHeadless(true)
                    .setArgs(FLAGS));
  }

  /** The Chromium executable, or null when it is not installed. */
  static Path chromium() {
    String configured = System.getenv("COCONTROL_CHROMIUM");
    Path p = Path.of(configured == null || configured.isBlank() ? "/usr/bin/chromium" : configured);
    return Files.isExecutable(p) ? p : null;
  }

  static Browser launch(Path executable) {
    return new Browser(executable);
  }

  /**
   * A fresh profile (no token, no language choice) with a desktop viewport and a Chinese browser
   * locale.
   */
  BrowserContext newContext() {
    BrowserContext context =
        browser.newContext(
            new NewContextOptions()
                .setViewportSize(1440, 1000)
                .setLocale("zh-CN")
                .setAcceptDownloads(true));
    context.setDefaultTimeout(30_000);
    return context;
  }

  /** A full-page screenshot in server/target/screenshots, once the charts are drawn. */
  static Path screenshot(Page page, String name) {
    return screenshot(page, name, true);
  }

  /** A screenshot of the viewport only (for drawers and dialogs) or of the full page. */
  static Path screenshot(Page page, String name, boolean fullPage) {
    try {
      Files.createDirectories(SCREENSHOTS);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    idle(page);
    page.waitForTimeout(1200); // let the charts finish their entry animation
    Path file = SCREENSHOTS.resolve(name + ".png");
    page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(fullPage));
    return file;
  }

  /**
   * Waits until no card shows a loading mask (Element Plus v-loading), so clicks reach the charts.
   */
  static void idle(Page page) {
    page.waitForFunction(
        "() => [...document.querySelectorAll('.el-loading-mask')].every(m => m.offsetParent === null)");
  }

  /**
   * A real mouse click in the middle of an element. ECharts hit-tests clicks on its container
   * itself, so SVG labels are clicked by position rather than through Playwright's element checks.
   */
  static void clickAt(Page page, Locator element) {
    idle(page);
    element.waitFor();
    BoundingBox box = element.boundingBox();
    page.mouse().click(box.x + box.width / 2, box.y + box.height / 2);
  }

  /**
   * Chooses a UTF-8 text file in an import box (web FileImport) and submits it once the box lists
   * the file, so the click never races the upload component; returns when the server's answer,
   * taken or rejected, is shown. A box that shows neither fails with what it does show and a
   * screenshot rather than with a bare timeout.
   */
  static void importFile(Page page, Locator box, String name, String mime, String content) {
    box.locator("input[type=file]")
        .setInputFiles(new FilePayload(name, mime, content.getBytes(StandardCharsets.UTF_8)));
    // The same name chosen again: the previous item may still be fading out (el-list-leave-active)
    // beside the new one.
    box.locator(".el-upload-list__item:not(.el-list-leave-active)")
        .filter(new Locator.FilterOptions().setHasText(name))
        .first()
        .waitFor();
    box.locator("[data-test=import-submit]").click();
    try {
      box.locator("[data-test=import-result], [data-test=import-error]").first().waitFor();
    } catch (TimeoutError e) {
      screenshot(page, "failed-import-" + name, false);
      throw new AssertionError(
          "no answer to the import of " + name + "; the import box reads: " + box.innerText(), e);
    }
  }

  /**
   * {@link #importFile} of a file the server must take, failing with the box's text when it was
   * rejected.
   */
  static void importAccepted(
      Page page, Locator box, String name, String mime, String content, String answer) {
    importFile(page, box, name, mime, content);
    if (box.locator("[data-test=import-error]").isVisible()) {
      throw new AssertionError(
          "the import of " + name + " was rejected; the import box reads: " + box.innerText());
    }
    PlaywrightAssertions.assertThat(box.locator("[data-test=import-result]")).containsText(answer);
  }

  /**
   * Browser console errors and failed requests go to the test output, where a CI log shows them
   * next to the server's.
   */
  static void report(Page page) {
    page.onConsoleMessage(
        m -> {
          if ("error".equals(m.type())) {
            System.out.println("[browser console] " + m.text());
          }
        });
    page.onResponse(
        r -> {
          if (r.status() >= 400) {
            System.out.println(
                "[browser] " + r.request().method() + " " + r.url() + " -> " + r.status());
          }
        });
  }

  @Override
  public void close() {
    browser.close();
    playwright.close();
  }
}
