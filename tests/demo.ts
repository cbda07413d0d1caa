// `npm run demo`: Chromium with the built extension on the bundled replica of the platform, a sample profile
// already saved. Headed when a display exists; with --headless (or no display) it fills each form and saves
// screenshots to test-results/demo/ instead: the editor empty, partly filled and full, the popup at Chrome's 600 px
// cap with a profile that has many warnings (list folded and open), and the page after a fill.
/// <reference types="chrome" />
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import type { BrowserContext, Page } from '@playwright/test';
import { newProfile } from '../lib/profile/factory';
import { sampleProfile } from '../lib/profile/sample';
import { extensionIdOf, launchWithExtension } from './e2e/fixtures';
import { panelOf } from './e2e/panel-frame';
import { PLATFORM_ORIGIN, routeReplica } from './e2e/platform-routes';
import { seedProfiles } from './e2e/seed';

const OUT = 'test-results/demo';
const headless = process.argv.includes('--headless') || !process.env.DISPLAY;
execFileSync(process.execPath, ['tests/replica/build.mjs'], { stdio: 'inherit' });

const context = await launchWithExtension(undefined, headless);
await routeReplica(context);
const id = await extensionIdOf(context);
const options = await context.newPage();
await options.setViewportSize({ width: 1280, height: 800 });
await options.goto(`chrome-extension://${id}/options.html`);
if (headless) {
  mkdirSync(OUT, { recursive: true });
  await options.getByRole('heading', { name: '还没有资料' }).waitFor();
  await options.screenshot({ path: `${OUT}/editor-empty.png` });
}
// A second, partly filled profile (a name, a person with a mistyped ID number): the popup lists its warnings.
const partial = newProfile('部分填写的资料');
partial.subject.unit.name = '北京示例科技有限公司';
const person = partial.people[0];
if (person) Object.assign(person, { name: '张三', idNo: '110105194912310021' });
const sample = sampleProfile();
await seedProfiles(options, [sample, partial], sample.id);
await options.reload();
const page = await context.newPage();
await page.goto(`${PLATFORM_ORIGIN}/web/subject/add`);

if (!headless) {
  console.log('演示已打开：在页面右上角点“公安备案填表助手”面板，再点“一键填充”。关闭浏览器即结束。');
  await new Promise((resolve) => context.on('close', resolve));
} else {
  await options.getByLabel('资料名称').waitFor();
  await options.screenshot({ path: `${OUT}/editor-full.png`, fullPage: true });
  await options.getByRole('button', { name: partial.displayName }).click();
  await options.getByLabel('证件号码', { exact: true }).waitFor();
  await options.screenshot({ path: `${OUT}/editor-partial.png`, fullPage: true });

  await page.bringToFront();
  const panel = await panelOf(page);
  await panel.getByRole('button', { name: /备案.*助手/ }).click();
  // As a user would: the panel counts a click once it is visible and has stopped moving.
  await panel.locator('section.panel[data-ready="true"]').waitFor();
  await panel.getByRole('button', { name: '一键填充' }).click();
  await panel
    .getByRole('status')
    .filter({ hasText: /^已填充/ })
    .waitFor({ timeout: 60_000 });
  // The last cascader or select the fill opened may still be fading out: shoot once none is on screen.
  await page.waitForFunction(
    () =>
      ![...document.querySelectorAll('.ant-cascader-dropdown, .ant-select-dropdown')].some(
        (el) => el.checkVisibility() && !/-hidden/.test(el.className),
      ),
    undefined,
    { polling: 'raf', timeout: 10_000 },
  );
  await page.screenshot({ path: `${OUT}/subject-filled.png`, fullPage: true });
  console.log(`已填充新增主体：${await panel.getByRole('status').textContent()}`);
  await popupShots(context);
  console.log(`截图已保存到 ${OUT}/`);
  await context.close();
}

/** The popup as Chrome shows it (380 px wide, capped at 600 px) on the subject page, with the partial profile. */
async function popupShots(ctx: BrowserContext) {
  const probe: Page = await ctx.newPage();
  await probe.goto(`chrome-extension://${id}/popup.html`);
  const tabId = await probe.evaluate(
    async (origin) => (await chrome.tabs.query({ url: `${origin}/*` }))[0]?.id,
    PLATFORM_ORIGIN,
  );
  await probe.close();
  const popup = await ctx.newPage();
  await popup.setViewportSize({ width: 380, height: 600 });
  await popup.goto(`chrome-extension://${id}/popup.html?tabId=${tabId}`);
  await popup.getByLabel('当前资料').selectOption({ label: partial.displayName });
  const summary = popup.getByRole('button', { name: /个错误|个提醒/ });
  await summary.waitFor();
  await popup.screenshot({ path: `${OUT}/popup-600-warnings.png` });
  await summary.click();
  await popup.getByRole('region', { name: '检查结果' }).waitFor();
  await popup.screenshot({ path: `${OUT}/popup-600-warnings-open.png` });
  await popup.getByLabel('当前资料').selectOption({ label: sample.displayName });
  await popup.getByText('资料检查通过').waitFor();
  await popup.screenshot({ path: `${OUT}/popup-600-clean.png` });
  await popup.close();
}
