import { sampleProfile } from '../../lib/profile/sample';
import { fillFromPanel, openPanel, openWithProfiles, panelOf, snapshot } from './extension-fill';
import { expect, test } from './fixtures';
import { PLATFORM_ORIGIN, routeReplica } from './platform-routes';
import { seedProfiles } from './seed';

test('a page script can neither reach the panel nor start a fill', async ({ context, extPage }) => {
  const { page, panel } = await openWithProfiles(context, extPage, '/web/subject/add', [sampleProfile()]);
  await expect(panel.getByRole('button', { name: '一键填充' })).toBeEnabled();
  const reach = await page.evaluate(() => {
    const host = document.querySelector('beian-autofill-panel');
    if (!host) throw new Error('panel host not found');
    // Everything a script can aim at: the host, every frame window, the page's own window.
    host.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    for (let i = 0; i < window.frames.length; i++) {
      for (const type of ['bg:fill', 'content:fill', 'fill-page', 'size', 'undo']) {
        window.frames[i]?.postMessage({ type, data: { mode: 'overwrite', acceptWarnings: true } }, '*');
      }
    }
    for (const type of ['bg:fill', 'content:fill', 'fill-page', 'ping']) {
      window.postMessage({ type, data: { mode: 'overwrite', acceptWarnings: true } }, '*');
    }
    return {
      shadowRoot: host.shadowRoot === null,
      frames: document.querySelectorAll('iframe').length,
      text: host.textContent,
    };
  });
  // The shadow root is closed: no frame, no button, no text of ours for the page.
  expect(reach).toEqual({ shadowRoot: true, frames: 0, text: '' });
  expect(await panel.evaluate(() => location.protocol)).toBe('chrome-extension:');
  const snap = await snapshot(page);
  expect(snap.model.nature).toBeNull();
  expect(snap.model.person?.name).toBe('');
  await expect(panel.getByRole('status')).not.toHaveText(/已填充|正在填充/);
  // The same panel still fills on the user's real click.
  await fillFromPanel(panel);
  expect((await snapshot(page)).model.unitName).toBe('杭州示例科技有限公司');
});

test('the page reads nothing of the panel or the profile', async ({ context, extPage }) => {
  const { page, panel } = await openWithProfiles(context, extPage, '/web/website/add', [sampleProfile()]);
  await expect(panel.getByRole('button', { name: '一键填充' })).toBeEnabled();
  // Step 1 of 新办网站申请 asks for none of these; after a fill the page's DOM and its messages must still show
  // none of them, nor the panel's own text (profile names, labels).
  const secrets = ['330110198506151238', '18612345678', '张三', 'example.com.cn', '示例科技官网', '公安备案填表助手'];
  // The panel's picker names the website as the user did: in our frame, which the page cannot read.
  await expect(panel.locator('select').nth(1).locator('option:checked')).toHaveText('示例科技官网');
  await page.evaluate(() => {
    const w = window as unknown as { heard: string[] };
    w.heard = [];
    window.addEventListener('message', (e) => w.heard.push(JSON.stringify(e.data)));
  });
  await fillFromPanel(panel);
  await expect(panel.getByText('一键填充')).toBeVisible();
  const pageSees = await page.evaluate(
    () =>
      document.documentElement.outerHTML +
      performance
        .getEntries()
        .map((e) => e.name)
        .join(' ') +
      (window as unknown as { heard: string[] }).heard.join(''),
  );
  expect(pageSees).toContain('beian-autofill-panel');
  for (const secret of [...secrets, '一键填充', 'panel.html', 'chrome-extension:']) {
    expect(pageSees).not.toContain(secret);
  }
});

test('client-side navigation between the three forms is followed without a reload', async ({ context, extPage }) => {
  await routeReplica(context);
  const options = await extPage('options.html');
  await seedProfiles(options, [sampleProfile()]);
  const page = await context.newPage();
  await page.goto(`${PLATFORM_ORIGIN}/web/dashboard/home`);
  const host = page.locator('beian-autofill-panel');
  await expect(host).toHaveCount(0);
  await page.evaluate(() => {
    (window as unknown as { marker: number }).marker = 42;
  });
  const menu = page.locator('.side-menu');
  const go = async (group: string, entry: string) => {
    const link = menu.getByRole('menuitem', { name: entry, exact: true });
    if (!(await link.isVisible())) await menu.getByText(group, { exact: true }).click();
    await link.click();
  };
  await go('开办主体管理', '新增主体');
  let panel = await panelOf(page);
  await openPanel(panel);
  const label = () => panel.getByTestId('page-label');
  await expect(label()).toHaveText('新增主体');
  await go('APP业务', '新增APP');
  await expect(label()).toHaveText('新增APP');
  await go('网站业务', '新办网站申请');
  await expect(label()).toHaveText(/^新办网站申请/);
  await go('开办主体管理', '变更主体');
  await expect(host).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { marker: number }).marker)).toBe(42);
  await go('开办主体管理', '新增主体');
  panel = await panelOf(page);
  await openPanel(panel);
  await fillFromPanel(panel);
  expect((await snapshot(page)).model.unitName).toBe('杭州示例科技有限公司');
});

test('the open panel never covers the form buttons', async ({ context, extPage }) => {
  const { page, panel } = await openWithProfiles(context, extPage, '/web/subject/add', [sampleProfile()]);
  for (const width of [1024, 1366, 1920]) {
    await page.setViewportSize({ width, height: 800 });
    const button = page.getByRole('button', { name: '提交审核' });
    await button.scrollIntoViewIfNeeded();
    const a = await panel.locator('section').boundingBox();
    for (const name of ['提交审核', '保存草稿']) {
      const b = await page.getByRole('button', { name }).boundingBox();
      if (!a || !b) throw new Error('no layout');
      const overlap = a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
      expect(overlap, `${name} at ${width}px`).toBe(false);
    }
  }
});
