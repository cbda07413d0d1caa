// Firefox ESR with the built Firefox extension, driven by puppeteer-core over WebDriver BiDi: the replica served
// under the platform's host (the same files as the Chromium tests, tests/e2e/platform-routes.ts), the in-page panel
// found and clicked as a user would, and profiles imported through the editor the user opens from the panel.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import puppeteer, { type Browser, type ElementHandle, type Frame, type Page } from 'puppeteer-core';
import { base64ToBytes } from '../../lib/encoding/base64';
import type { Profile } from '../../lib/profile/schema';
import { exportProfiles } from '../../lib/transfer/export';
import { PLATFORM_ORIGIN, replicaFile } from '../e2e/platform-routes';
import { TINY_PNG_BASE64 } from '../e2e/seed';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const EXTENSION_DIR = path.resolve('.output/firefox-mv2');
/** Fixed, so that the editor's tab can be told by its URL (BiDi cannot navigate to moz-extension:// itself). */
export const EXTENSION_UUID = '5b1f0e3a-1c2d-4e5f-8a9b-0c1d2e3f4a5b';
export const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;

/** The panel: an extension page in a frame inside a closed shadow root. */
export type Panel = Frame;

export async function launchFirefox(): Promise<Browser> {
  const manifest = JSON.parse(readFileSync(path.join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
  const id: string = manifest.browser_specific_settings.gecko.id;
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    defaultViewport: { width: 1366, height: 900 },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [id]: EXTENSION_UUID }),
      'intl.accept_languages': 'zh-CN',
      // The UI language, which picks the extension's messages: needs Debian's langpack (firefox-esr-l10n-zh-cn),
      // else Firefox falls back to en-US.
      'intl.locale.requested': 'zh-CN',
    },
  });
  await browser.installExtension(EXTENSION_DIR);
  return browser;
}

/** Polls until `read` gives a truthy value (as Playwright's expect.poll does), else fails naming `what`. */
export async function until<T>(read: () => Promise<T>, what: string, timeoutMs = 30_000): Promise<NonNullable<T>> {
  const end = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await read();
      if (value) return value as NonNullable<T>;
      last = value;
    } catch (error) {
      last = error;
    }
    if (Date.now() > end) throw new Error(`timed out waiting for ${what} (last: ${String(last)})`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** A new tab on a platform path, with the replica's files for every request to the platform host. */
export async function openPlatform(browser: Browser, route: string): Promise<Page> {
  const page = await browser.newPage();
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    if (!request.url().startsWith(`${PLATFORM_ORIGIN}/`)) return void request.continue();
    const { contentType, body } = replicaFile(request.url());
    void request.respond({ status: 200, headers: { 'content-type': contentType }, body });
  });
  await page.goto(`${PLATFORM_ORIGIN}${route}`);
  await until(() => page.$('.page-heading'), 'the replica page');
  return page;
}

/** The page's panel frame once its script runs (puppeteer's URLs of frames and tabs lag in Firefox, so ask them). */
export async function panelOf(page: Page): Promise<Panel> {
  return until(async () => {
    for (const frame of page.mainFrame().childFrames()) {
      const path = await frame.evaluate(() => location.pathname).catch(() => null);
      if (path === '/panel.html') return frame;
    }
    return null;
  }, 'the panel frame');
}

/** An element of the panel (or any frame) matching a selector and, if given, its trimmed text. */
export function find(frame: Frame | Page, selector: string, text?: string | RegExp): Promise<ElementHandle> {
  const what = `${selector}${text ? ` «${text}»` : ''}`;
  return until(async () => {
    for (const el of await frame.$$(selector)) {
      const own = ((await el.evaluate((e) => e.textContent)) ?? '').trim();
      if (text === undefined || (typeof text === 'string' ? own === text : text.test(own))) return el;
    }
    return null;
  }, what);
}

/** Whether the page shows a text (rendered text: what is hidden does not count). */
export const shows = (frame: Frame | Page, text: string) =>
  // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is the point, as a user sees it.
  frame.evaluate((t) => document.body.innerText.includes(t), text);

export const textOf = (frame: Frame | Page, selector: string) =>
  frame.evaluate((s) => document.querySelector(s)?.textContent?.trim() ?? null, selector);

/** Waits until the text at `selector` matches. */
export const waitText = (frame: Frame | Page, selector: string, want: string | RegExp, timeoutMs?: number) =>
  until(
    async () => {
      const text = await textOf(frame, selector);
      return text !== null && (typeof want === 'string' ? text === want : want.test(text)) ? text : null;
    },
    `${selector} to read ${want}`,
    timeoutMs,
  );

/** The user opens the panel from its tab, then waits until it says a click would count. */
export async function openPanel(panel: Panel): Promise<void> {
  await find(panel, '[data-ready="true"]');
  const tab = await panel.$('button.tab');
  if (tab) await tab.click();
  await find(panel, 'section.panel[data-ready="true"]');
}

/** Clicks 一键填充 (or 仍然填充) as a user and waits for the report. */
export async function fillFromPanel(panel: Panel): Promise<string> {
  // An earlier clean fill folded the panel: the user opens it first.
  if (await panel.$('button.tab')) await openPanel(panel);
  await find(panel, 'section.panel[data-ready="true"]');
  await (await find(panel, 'button.primary')).click();
  const said = await waitText(panel, '[role="status"]', /^已填充/, 45_000);
  // A clean fill folds the panel to its tab; the user opens it again to read the report.
  const tab = await panel.$('button.tab');
  if (!tab) return said;
  await tab.click();
  await find(panel, 'section.panel[data-ready="true"]');
  return waitText(panel, '[role="status"]', /^已填充/, 5_000);
}

/** The required fields the panel lists as still empty. */
export const listedMissing = (panel: Panel) =>
  panel.evaluate(() =>
    [...document.querySelectorAll('ul[aria-label="待填必填项"] button')].map((b) => b.textContent?.trim()),
  );

/** Profiles as an export file of the editor (images as the tiny PNG), written to a temporary file. */
async function exportFile(profiles: Profile[]): Promise<string> {
  const bytes = base64ToBytes(TINY_PNG_BASE64) as Uint8Array;
  const source = { list: async () => profiles, getAttachment: async () => ({ type: 'image/png' as const, bytes }) };
  const file = path.join(os.tmpdir(), `beian-firefox-${process.pid}-${Date.now()}.json`);
  writeFileSync(file, await exportProfiles(source, new Date()));
  return file;
}

/**
 * With no profile stored, the panel offers 打开资料编辑器: the user clicks it, imports the file in the editor's
 * tab, goes back to the platform tab and points at the panel, which then lists the profiles.
 */
export async function importThroughEditor(browser: Browser, page: Page, panel: Panel, profiles: Profile[]) {
  const file = await exportFile(profiles);
  await (await find(panel, 'button', '打开资料编辑器')).click();
  const editor = await until(async () => {
    for (const tab of await browser.pages()) {
      const href = await tab.evaluate(() => location.href).catch(() => '');
      if (href.startsWith(`${EXTENSION_ORIGIN}/options.html`)) return tab;
    }
    return null;
  }, 'the editor tab');
  const input = await find(editor, 'input[type="file"]');
  await (input as ElementHandle<HTMLInputElement>).uploadFile(file);
  await until(() => shows(editor, `已导入 ${profiles.length} 份资料`), 'the editor to report the import');
  rmSync(file);
  await editor.close();
  await page.bringToFront();
  const host = await page.evaluate(() => {
    const r = document.querySelector('beian-autofill-panel')?.getBoundingClientRect();
    return r ? { x: r.left + r.width / 2, y: r.top + 20 } : null;
  });
  if (!host) throw new Error('no panel on the page');
  await page.mouse.move(10, 10);
  await page.mouse.move(host.x, host.y);
  await until(() => panel.$('section.panel select'), 'the panel to list the imported profiles');
}

/** A platform tab with its panel open, and the profiles imported through the editor. */
export async function openWithImported(browser: Browser, route: string, profiles: Profile[]) {
  const page = await openPlatform(browser, route);
  const panel = await panelOf(page);
  await openPanel(panel);
  await importThroughEditor(browser, page, panel, profiles);
  return { page, panel };
}
