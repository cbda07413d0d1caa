/// <reference types="chrome" />
// A browser in English gets the extension in English (public/_locales/en); the default launch, like our users'
// browsers, is Chinese. The platform's own words (field labels, form names) stay as the platform writes them.
// Screenshots of popup, panel and editor in both languages go to test-results/i18n/.
import { mkdirSync } from 'node:fs';
import type { BrowserContext } from '@playwright/test';
import { sampleProfile } from '../../lib/profile/sample';
import { type Panel, panelOf } from './extension-fill';
import { EXTENSION_DIR, expect, launchWithExtension, test, type UiLanguage } from './fixtures';
import { PLATFORM_ORIGIN, routeReplica } from './platform-routes';
import { popupForPlatformTab } from './popup-page';
import { seedProfiles } from './seed';

const OUT = 'test-results/i18n';

interface Words {
  ui: string;
  title: string;
  tab: RegExp;
  fill: string;
  fillAnyway: string;
  filled: RegExp;
  missing: RegExp;
  editor: string;
}
const WORDS: Record<UiLanguage, Words> = {
  'en-US': {
    ui: 'en-US',
    title: 'MPS Filing Autofill',
    tab: /^MPS Filing Autofill/,
    fill: 'Fill this page',
    fillAnyway: 'Fill anyway',
    filled: /^\d+ filled, \d+ kept/,
    // The folded list's summary, or the line that says there is nothing to list.
    missing: /^(Required fields still empty \(\d+\)|✔ No required field left empty)$/,
    editor: 'Profile editor',
  },
  'zh-CN': {
    ui: 'zh-CN',
    title: '公安备案填表助手',
    tab: /^公安备案填表助手/,
    fill: '一键填充',
    fillAnyway: '仍然填充',
    filled: /^已填充 \d+ 项，已有值未改 \d+ 项/,
    missing: /^(待填必填项（\d+）|✔ 没有待填必填项)$/,
    editor: '资料编辑器',
  },
};

/** The user opens the panel's tab on 新增主体 and fills, accepting the sample profile's warnings if asked. */
async function fillOnPanel(panel: Panel, w: Words) {
  await expect(panel.locator('[data-ready="true"]')).toBeVisible();
  const tab = panel.getByRole('button', { name: w.tab });
  if (await tab.isVisible()) await tab.click();
  await expect(panel.locator('section.panel')).toHaveAttribute('data-ready', 'true');
  await panel.getByRole('button', { name: w.fill }).click();
  const status = panel.getByRole('status');
  const anyway = panel.getByRole('button', { name: w.fillAnyway });
  // The sample profile may have warnings: the button then asks to fill anyway. A clean fill folds to the tab.
  await expect
    .poll(
      async () =>
        (await anyway.isVisible()) || (await tab.isVisible()) || w.filled.test((await status.textContent()) ?? ''),
      { timeout: 60_000 },
    )
    .toBe(true);
  if (await anyway.isVisible()) await anyway.click();
  await expect(tab.or(status.filter({ hasText: w.filled }))).toBeVisible({ timeout: 60_000 });
  if (await tab.isVisible()) await tab.click();
  await expect(status).toHaveText(w.filled);
}

/** Popup (on the platform tab), panel after a fill and editor, in the browser's language; screenshots of each. */
async function tour(context: BrowserContext, extensionId: string, lang: UiLanguage) {
  const w = WORDS[lang];
  const tag = lang === 'en-US' ? 'en' : 'zh';
  mkdirSync(OUT, { recursive: true });
  await routeReplica(context);
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  expect(await options.evaluate(() => chrome.i18n.getUILanguage())).toBe(w.ui);
  await seedProfiles(options, [sampleProfile()]);

  const page = await context.newPage();
  await page.goto(`${PLATFORM_ORIGIN}/web/subject/add`);
  const panel = await panelOf(page);
  await fillOnPanel(panel, w);
  await expect(panel.getByText(w.missing)).toBeVisible();
  await page.screenshot({ path: `${OUT}/panel-${tag}.png` });

  const popup = await popupForPlatformTab(context, extensionId);
  await expect(popup.getByRole('heading', { name: w.title })).toBeVisible();
  await expect(
    popup.getByRole('button', { name: w.fill }).or(popup.getByRole('button', { name: w.fillAnyway })),
  ).toBeVisible();
  await popup.screenshot({ path: `${OUT}/popup-${tag}.png` });

  await options.reload();
  await expect(options.getByRole('heading', { name: w.editor, exact: true })).toBeVisible();
  // The platform's field labels stay as the platform writes them, in either language.
  await expect(options.getByLabel('主办单位名称', { exact: true })).toBeVisible();
  await options.screenshot({ path: `${OUT}/editor-${tag}.png` });
  return { page, panel, popup, options };
}

const english = test.extend({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright fixtures take an object pattern.
  context: async ({}, use) => {
    const context = await launchWithExtension(EXTENSION_DIR, true, 'en-US');
    await use(context);
    await context.close();
  },
});

english(
  'a browser in English gets the popup, the panel and the editor in English',
  async ({ context, extensionId }) => {
    const { panel, popup, options } = await tour(context, extensionId, 'en-US');
    await expect(panel.getByRole('button', { name: /^Undo the last fill: \d+ fields$/ })).toBeVisible();
    await expect(panel.getByRole('button', { name: 'Open the profile editor' })).toBeVisible();
    await expect(popup.getByText('This page: 新增主体')).toBeVisible();
    await expect(popup.getByLabel('Only empty fields (keep what is already filled in)')).toBeVisible();
    await expect(options.getByRole('button', { name: 'Export' })).toBeVisible();
    // The extension's own name in the browser is English too (the manifest's __MSG_ext_name__).
    expect(await options.evaluate(() => chrome.runtime.getManifest().name)).toBe('MPS Filing Autofill');
  },
);

test('the default launch is Chinese, with no English glosses', async ({ context, extensionId }) => {
  const { panel, popup, options } = await tour(context, extensionId, 'zh-CN');
  await expect(panel.getByRole('button', { name: /^撤销上一次填充：\d+ 项$/ })).toBeVisible();
  await expect(popup.getByText('当前页面：新增主体')).toBeVisible();
  expect(await options.evaluate(() => chrome.runtime.getManifest().name)).toBe('公安备案填表助手');
  // Neither the panel, the popup nor the editor's chrome carries a run of English words beside the Chinese.
  for (const view of [panel, popup, options]) {
    // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is the point, as a user reads it.
    const text = await view.evaluate(() => document.body.innerText);
    expect(text).not.toMatch(/[A-Za-z]{3,} [A-Za-z]{3,}/);
  }
});
