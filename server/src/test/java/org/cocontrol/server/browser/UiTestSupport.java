package org.cocontrol.server.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What every browser test class needs: Debian's Chromium launched once per class (skipped with a
 * clear message when it is missing), a fresh context and page per test, and URLs on the test
 * server.
 */
abstract class UiTestSupport {

  private static Browser browser;

  @LocalServerPort int port;
  private BrowserContext context;

  /**
   * What the server's Content-Security-Policy made the browser refuse: every test must end without
   * any.
   */
  private final List<String> blockedByPolicy = new CopyOnWriteArrayList<>();

  Page page;

  @BeforeAll
  static void launch() {
    Path chromium = Browser.chromium();
    assumeTrue(
        chromium != null,
        "browser tests skipped: no Chromium at /usr/bin/chromium (apt-get install chromium fonts-wqy-microhei,"
            + " or set COCONTROL_CHROMIUM)");
    browser = Browser.launch(chromium);
    PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
  }

  @AfterAll
  static void quit() {
    if (browser != null) {
      browser.close();
      browser = null;
    }
  }

  @BeforeEach
  void open() {
    context = browser.newContext();
    page = context.newPage();
    Browser.report(page);
    page.onConsoleMessage(
        m -> {
          if (m.text().contains("Content Security Policy")) {
            blockedByPolicy.add(m.text());
          }
        });
  }

  @AfterEach
  void close() {
    context.close();
    assertThat(blockedByPolicy).as("refused under the Content-Security-Policy").isEmpty();
  }

  String url(String hash) {
    return "http://127.0.0.1:" + port + "/" + hash;
  }
}
