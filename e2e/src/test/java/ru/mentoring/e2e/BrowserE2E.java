package ru.mentoring.e2e;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

import java.nio.file.Path;

/**
 * A fresh headless Chromium per test, and a screenshot of the last page in {@code e2e/target/screenshots/}
 * whatever the outcome, named {@code <name>-success} or {@code <name>-failure}.
 */
abstract class BrowserE2E {

    protected Browser browser;
    protected boolean passed;

    /** The screenshot's name, before the outcome. */
    protected abstract String screenshotName();

    @BeforeAll
    static void schools() {
        Platform.schoolsExist();
    }

    @BeforeEach
    void openBrowser() throws Exception {
        browser = new Browser();
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            try {
                Path shot = browser.screenshot(screenshotName() + (passed ? "-success" : "-failure"));
                System.out.println("screenshot: " + shot.toAbsolutePath());
            } finally {
                browser.close();
            }
        }
    }
}
