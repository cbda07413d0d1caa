// `npm run demo`: Chromium with the built extension on the bundled replica of the platform, a sample profile
// already saved. Headed when a display exists; with --headless (or no display) it fills each form and saves
// screenshots to test-results/demo/ instead.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { sampleProfile } from '../lib/profile/sample';
import { extensionIdOf, launchWithExtension } from './e2e/fixtures';
import { panelOf } from './e2e/panel-frame';
import { PLATFORM_ORIGIN, routeReplica } from './e2e/platform-routes';
import { seedProfiles } from './e2e/seed';

const headless = process.argv.includes('--headless') || !process.env.DISPLAY;
execFileSync(process.execPath, ['tests/replica/build.mjs'], { stdio: 'inherit' });

const context = await launchWithExtension(undefined, headless);
await routeReplica(context);
const id = await extensionIdOf(context);
const options = await context.newPage();
await options.goto(`chrome-extension://${id}/options.html`);
await seedProfiles(options, [sampleProfile()]);
await options.reload();
const page = await context.newPage();
await page.goto(`${PLATFORM_ORIGIN}/web/subject/add`);

if (!headless) {
  console.log('演示已打开：在页面右上角点“备案助手”，再点“一键填充”。关闭浏览器即结束。');
  await new Promise((resolve) => context.on('close', resolve));
} else {
  mkdirSync('test-results/demo', { recursive: true });
  const panel = await panelOf(page);
  await panel.getByRole('button', { name: /^备案助手/ }).click();
  // As a user would: the panel counts a click once it is visible and has stopped moving.
  await panel.locator('section.panel[data-ready="true"]').waitFor();
  await panel.getByRole('button', { name: '一键填充' }).click();
  await panel
    .getByRole('status')
    .filter({ hasText: /^已填充/ })
    .waitFor({ timeout: 60_000 });
  await page.screenshot({ path: 'test-results/demo/subject-filled.png', fullPage: true });
  await options.screenshot({ path: 'test-results/demo/options.png', fullPage: true });
  console.log(`已填充新增主体：${await panel.getByRole('status').textContent()}`);
  console.log('截图已保存到 test-results/demo/');
  await context.close();
}
