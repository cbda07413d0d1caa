// A tab that went to the background and came back: the panel must become ready again (it once stayed disabled).
// Playwright's own launch keeps every page "visible" (its focus emulation holds a capture on each tab), so this
// spec starts Chromium itself and attaches without those overrides: a tab behind another is really hidden here.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type Browser, chromium, expect, test } from '@playwright/test';
import { sampleProfile } from '../../lib/profile/sample';
import { fillFromPanel, openPanel, panelOf, snapshot } from './extension-fill';
import { CHROMIUM, EXTENSION_DIR, QUIET_ARGS, uiLanguageEnv } from './fixtures';
import { PLATFORM_ORIGIN, routeReplica } from './platform-routes';
import { seedProfiles } from './seed';

let proc: ChildProcess;
let browser: Browser;
let dir: string;

test.beforeEach(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'beian-return-'));
  proc = spawn(
    CHROMIUM,
    [
      '--headless',
      '--no-sandbox',
      '--remote-debugging-port=0',
      `--user-data-dir=${dir}`,
      ...QUIET_ARGS,
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      'about:blank',
    ],
    // The tests read the Chinese UI: Chromium on Linux takes its UI language from LANGUAGE.
    { detached: true, env: uiLanguageEnv() },
  );
  let said = '';
  const endpoint = await new Promise<string>((resolve, reject) => {
    proc.stderr?.on('data', (chunk) => {
      said += chunk;
      const found = /DevTools listening on (ws:\S+)/.exec(said);
      if (found?.[1]) resolve(found[1]);
    });
    proc.on('exit', () => reject(new Error(`Chromium ended: ${said.slice(0, 400)}`)));
  });
  browser = await chromium.connectOverCDP(endpoint, { noDefaults: true });
});

test.afterEach(async () => {
  await browser.close().catch(() => undefined);
  const ended = new Promise((resolve) => proc.once('exit', resolve));
  // Its own process group: the renderers and helpers it started end with it.
  if (proc.pid) process.kill(-proc.pid, 'SIGTERM');
  await ended;
  rmSync(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
});

test('the panel is ready again after its tab returns to the front, and a fill from it counts', async () => {
  const context = browser.contexts()[0];
  if (!context) throw new Error('no browser context');
  await routeReplica(context);
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(`chrome-extension://${new URL(worker.url()).host}/options.html`);
  await seedProfiles(page, [sampleProfile()]);
  await page.goto(`${PLATFORM_ORIGIN}/web/subject/add`);
  const panel = await panelOf(page);
  await openPanel(panel);
  // Another tab of the same window comes to the front: this one is hidden, as when the user switches tabs.
  const [other] = await Promise.all([
    context.waitForEvent('page'),
    page.evaluate((url) => void window.open(url), `${PLATFORM_ORIGIN}/web/app/add`),
  ]);
  await other.bringToFront();
  await expect.poll(() => page.evaluate(() => document.visibilityState)).toBe('hidden');
  await page.bringToFront();
  await expect.poll(() => page.evaluate(() => document.visibilityState)).toBe('visible');
  await expect(panel.locator('section.panel')).toHaveAttribute('data-ready', 'true');
  await expect(panel.getByRole('button', { name: '一键填充' })).toBeEnabled();
  await fillFromPanel(panel);
  expect((await snapshot(page)).model.unitName).toBe(sampleProfile().subject.unit.name);
});
