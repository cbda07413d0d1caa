// The in-page panel as tests and the bench reach it: an extension page in a frame inside a closed shadow root, so
// Playwright's Frame (locators cannot pierce a closed root, and the page cannot either). No test fixtures here, so
// that the bench can use it outside the test runner.
import type { Frame, Page } from '@playwright/test';

/** `getByRole` & co. work on it as on a Locator. */
export type Panel = Frame;

const isPanelFrame = (f: Frame) => /^chrome-extension:\/\/[^/]+\/panel\.html/.test(f.url()) && !f.isDetached();

/** The panel frame of a page, once it has loaded (a new one after the panel was removed and mounted again). */
export async function panelOf(page: Page): Promise<Panel> {
  return page.frames().find(isPanelFrame) ?? (await page.waitForEvent('framenavigated', { predicate: isPanelFrame }));
}
