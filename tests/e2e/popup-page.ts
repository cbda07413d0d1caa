/// <reference types="chrome" />
// The popup as Chrome shows it for the platform tab: an extension page given that tab's id, at the popup's size.
import type { BrowserContext, Page } from '@playwright/test';
import { PLATFORM_ORIGIN } from './platform-routes';

/** Chrome's popup here: 380 px wide, capped at 600 px tall. */
export const POPUP_SIZE = { width: 380, height: 600 };

/** The popup for the open platform tab, as a page of the extension `extensionId` in `context`. */
export async function popupForPlatformTab(context: BrowserContext, extensionId: string): Promise<Page> {
  const probe = await context.newPage();
  await probe.goto(`chrome-extension://${extensionId}/popup.html`);
  const tabId = await probe.evaluate(
    async (origin) => (await chrome.tabs.query({ url: `${origin}/*` }))[0]?.id,
    PLATFORM_ORIGIN,
  );
  await probe.close();
  const popup = await context.newPage();
  await popup.setViewportSize(POPUP_SIZE);
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
  return popup;
}
