// `npm run demo`: Chromium with the built extension on the bundled replica of the platform, a sample profile
// already saved. Headed when a display exists; with --headless (or no display) it saves a screenshot of every state
// to test-results/demo/ instead: the editor empty, partly filled and full; the popup at Chrome's 600 px cap with no
// profile, with warnings (folded and open), clean and after a fill; the panel at 1280×720, 1366×768 and 1920×1080 on
// each page and wizard step, open and folded, and after a fill. Each shot waits until the page is
// still (no dropdown open or in motion, no animation running, the panel steady). `DEMO_LANG=en` starts the browser
// in English (default zh-CN).
/// <reference types="chrome" />
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { type BrowserContext, chromium, type Frame, type Page } from '@playwright/test';
import { type MessageEntry, type MessageKey, messagesOf } from '../lib/i18n';
import { newProfile } from '../lib/profile/factory';
import { sampleProfile } from '../lib/profile/sample';
import { CHROMIUM, EXTENSION_DIR, extensionIdOf, QUIET_ARGS } from './e2e/fixtures';
import { panelOf } from './e2e/panel-frame';
import { PLATFORM_ORIGIN, routeReplica } from './e2e/platform-routes';
import { popupForPlatformTab } from './e2e/popup-page';
import { seedProfiles } from './e2e/seed';
import { PANEL_SIZES } from './e2e/viewports';

const OUT = 'test-results/demo';
const headless = process.argv.includes('--headless') || !process.env.DISPLAY;
const english = process.env.DEMO_LANG === 'en';
// The extension's own words in the language the browser gets, so the same steps run in either.
const messages = JSON.parse(
  readFileSync(`public/_locales/${english ? 'en' : 'zh_CN'}/messages.json`, 'utf8'),
) as Record<string, MessageEntry>;
const say = (key: MessageKey, ...subs: (string | number)[]) => messagesOf(messages)(key, subs.map(String));
/** The start of the line after a fill (已填充 N 项 / N filled). */
const FILLED = english ? /^\d+ filled/ : /^已填充/;
execFileSync(process.execPath, ['tests/replica/build.mjs'], { stdio: 'inherit' });

const context = await chromium.launchPersistentContext('', {
  executablePath: CHROMIUM,
  headless,
  locale: english ? 'en-US' : 'zh-CN',
  viewport: { width: 1366, height: 900 },
  // The browser's UI language (and so the extension's) comes from the environment on Linux.
  env: {
    ...process.env,
    ...(english ? { LANGUAGE: 'en_US.UTF-8', LANG: 'en_US.UTF-8' } : { LANGUAGE: 'zh_CN.UTF-8', LANG: 'zh_CN.UTF-8' }),
  },
  args: [
    ...QUIET_ARGS.filter((a) => !a.startsWith('--lang=')),
    `--lang=${english ? 'en-US' : 'zh-CN'}`,
    `--disable-extensions-except=${EXTENSION_DIR}`,
    `--load-extension=${EXTENSION_DIR}`,
  ],
});
await routeReplica(context);
const id = await extensionIdOf(context);
const options = await context.newPage();
await options.setViewportSize({ width: 1280, height: 800 });
await options.goto(`chrome-extension://${id}/options.html`);
// A second, partly filled profile (a name, a person with a mistyped ID number): the popup lists its warnings.
const partial = newProfile('部分填写的资料');
partial.subject.unit.name = '北京示例科技有限公司';
const person = partial.people[0];
if (person) Object.assign(person, { name: '张三', idNo: '110105194912310021' });
const sample = sampleProfile();

/** Waits until nothing moves: no dropdown open or in its enter/leave motion, no animation running. */
async function still(page: Page) {
  await page
    .waitForFunction(
      // No named inner functions: tsx would wrap them in a helper the page does not have.
      () => {
        const dropdowns = document.querySelectorAll(
          '.ant-cascader-dropdown, .ant-select-dropdown, .ant-picker-dropdown',
        );
        const moving = document.querySelectorAll(
          '[class*="ant-slide-"], [class*="ant-zoom-"], [class*="ant-fade"], [class*="ant-move-"]',
        );
        return (
          ![...dropdowns].some((el) => el.checkVisibility() && !/-hidden/.test(el.className)) &&
          // Ant Design's popup motions (ant-slide-up-leave…); the replica's own menu keeps a stale v-enter class.
          ![...moving].some((el) => /-(enter|leave|appear)/.test(el.className) && el.checkVisibility()) &&
          // A spinner's endless animation is the page at rest; a transition or a finite animation is not.
          document
            .getAnimations()
            .every((a) => a.playState !== 'running' || a.effect?.getTiming().iterations === Number.POSITIVE_INFINITY)
        );
      },
      undefined,
      { polling: 'raf', timeout: 15_000 },
    )
    .catch(async (error) => {
      const why = await page.evaluate(() => ({
        moving: [
          ...document.querySelectorAll(
            '[class*="ant-slide-"], [class*="ant-zoom-"], [class*="ant-fade"], [class*="ant-move-"]',
          ),
        ]
          .filter((el) => el.checkVisibility())
          .map((el) => el.className),
        animations: document.getAnimations().map((a) => `${a.constructor.name} ${a.playState}`),
      }));
      throw new Error(`${(error as Error).message}: ${JSON.stringify(why)}`);
    });
}

/** The panel once it says a click would count (visible, on top, not just moved): open or folded as asked. */
async function panelState(panel: Frame, open: boolean) {
  await panel.locator('[data-ready="true"]').waitFor();
  const tab = panel.locator('button.tab');
  if (open && (await tab.isVisible())) await tab.click();
  if (!open && !(await tab.isVisible())) await panel.getByRole('button', { name: say('panel_collapse') }).click();
  await panel.locator(open ? 'section.panel[data-ready="true"]' : 'button.tab[data-ready="true"]').waitFor();
}

async function shoot(page: Page, name: string, fullPage = false) {
  await still(page);
  await page.screenshot({ path: `${OUT}/${name}.png`, fullPage });
  shots.push(name);
}
const shots: string[] = [];

if (!headless) {
  await seedProfiles(options, [sample, partial], sample.id);
  const page = await context.newPage();
  await page.goto(`${PLATFORM_ORIGIN}/web/subject/add`);
  console.log('演示已打开：在页面右上角点“公安备案填表助手”面板，再点“一键填充”。关闭浏览器即结束。');
  await new Promise((resolve) => context.on('close', resolve));
} else {
  mkdirSync(OUT, { recursive: true });
  const platform = await context.newPage();
  await platform.goto(`${PLATFORM_ORIGIN}/web/subject/add`);
  await options.bringToFront();
  await options.getByRole('heading', { name: say('editor_empty') }).waitFor();
  await shoot(options, 'editor-empty');
  await popupShots(context, 'none');

  await seedProfiles(options, [sample, partial], sample.id);
  await options.reload();
  await options.getByLabel(say('editor_profile_name')).waitFor();
  await shoot(options, 'editor-full', true);
  await options.getByRole('button', { name: partial.displayName }).click();
  await options.getByLabel('证件号码', { exact: true }).waitFor();
  await shoot(options, 'editor-partial', true);
  await popupShots(context, 'profiles');
  await platform.close();

  await panelShots(context);
  console.log(`${shots.length} 张截图已保存到 ${OUT}/：\n${shots.join('\n')}`);
  await context.close();
}

/** Every page and wizard step at the three sizes, open and folded; then after a fill with problems. */
async function panelShots(ctx: BrowserContext) {
  const pages = [
    ['subject', '/web/subject/add'],
    ['website-1', '/web/website/add?step=1'],
    ['website-2', '/web/website/add?step=2'],
    ['website-3', '/web/website/add?step=3'],
    ['app', '/web/app/add'],
  ] as const;
  for (const [name, path] of pages) {
    for (const [width, height] of PANEL_SIZES) {
      const page = await ctx.newPage();
      await page.setViewportSize({ width, height });
      await page.goto(`${PLATFORM_ORIGIN}${path}`);
      const panel = await panelOf(page);
      await panelState(panel, true);
      await shoot(page, `panel-${name}-${width}x${height}-open`);
      await panelState(panel, false);
      await shoot(page, `panel-${name}-${width}x${height}-folded`);
      if (width === 1366) {
        // A clean fill folds the panel to its tab; it is opened again to show the report. (The panel's own select
        // obeys only the user's input, so a script cannot switch it to the partial profile.)
        await panelState(panel, true);
        await panel.getByRole('button', { name: say('popup_fill') }).click();
        const status = panel.getByRole('status');
        const again = panel.getByRole('button', { name: say('popup_fill_anyway') });
        // The report (open, or on the tab a clean fill folds to), or the check's warnings to accept.
        await status.filter({ hasText: FILLED }).or(again).first().waitFor({ timeout: 60_000 });
        if (await again.isVisible()) {
          await panel.locator('section.panel[data-ready="true"]').waitFor();
          await again.click();
          await status.filter({ hasText: FILLED }).waitFor({ timeout: 60_000 });
        }
        await panelState(panel, true);
        await shoot(page, `panel-${name}-${width}x${height}-after-fill`);
      }
      await page.close();
    }
  }
}

/** The popup as Chrome shows it (380 px wide, capped at 600 px) on the subject page. */
async function popupShots(ctx: BrowserContext, stage: 'none' | 'profiles') {
  const popup = await popupForPlatformTab(ctx, id);
  if (stage === 'none') {
    await popup.getByText(say('popup_need_profile')).waitFor();
    await shoot(popup, 'popup-600-no-profile');
    await popup.close();
    return;
  }
  await popup.getByLabel(say('popup_current_profile'), { exact: true }).selectOption({ label: partial.displayName });
  const summary = popup.getByRole('button', { name: english ? /\d+ (errors?|warnings?)/ : /个错误|个提醒/ });
  await summary.waitFor();
  await shoot(popup, 'popup-600-warnings');
  await summary.click();
  await popup.getByRole('region', { name: say('ui_check_results') }).waitFor();
  await shoot(popup, 'popup-600-warnings-open');
  await popup.getByLabel(say('popup_current_profile'), { exact: true }).selectOption({ label: sample.displayName });
  await popup.getByText(say('ui_check_ok')).waitFor();
  await shoot(popup, 'popup-600-clean');
  await popup.getByRole('button', { name: say('popup_fill') }).click();
  await popup.getByRole('region', { name: say('popup_report') }).waitFor({ timeout: 60_000 });
  await shoot(popup, 'popup-600-after-fill');
  await popup.close();
}
