import { sampleProfile } from '../../lib/profile/sample';
import { fillFromPanel, openPanel, openWithProfiles, snapshot } from './extension-fill';
import { expect, test } from './fixtures';

test('a page script cannot start a fill: synthetic clicks and postMessage do nothing', async ({ context, extPage }) => {
  const { page, panel } = await openWithProfiles(context, extPage, '/web/subject/add', [sampleProfile()]);
  await expect(panel.getByRole('button', { name: '一键填充' })).toBeEnabled();
  await page.evaluate(() => {
    const root = document.querySelector('beian-autofill-panel')?.shadowRoot;
    const button = [...(root?.querySelectorAll('button') ?? [])].find((b) => b.textContent === '一键填充');
    if (!button) throw new Error('panel button not found');
    button.click();
    button.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    for (const type of ['bg:fill', 'content:fill', 'fill-page', 'ping']) {
      window.postMessage({ type, data: { mode: 'overwrite', acceptWarnings: true } }, '*');
    }
  });
  // Nothing may happen; give a started fill ample time to show.
  await page.waitForTimeout(2000);
  const snap = await snapshot(page);
  expect(snap.model.nature).toBeNull();
  expect(snap.model.person?.name).toBe('');
  await expect(panel.getByRole('status')).not.toHaveText(/已填充|正在填充/);
});

test('the panel shows no profile values, and the page cannot read the profile', async ({ context, extPage }) => {
  const { page, panel } = await openWithProfiles(context, extPage, '/web/website/add', [sampleProfile()]);
  await expect(panel.getByRole('button', { name: '一键填充' })).toBeEnabled();
  // Step 1 of 新办网站申请 asks for none of these; after a fill the page's DOM (ours included: the panel's
  // shadow root is open) and its messages must still show none of them.
  const secrets = ['330110198506151238', '18612345678', '张三', 'example.com.cn', '示例科技官网'];
  await page.evaluate(() => {
    const w = window as unknown as { heard: string[] };
    w.heard = [];
    window.addEventListener('message', (e) => w.heard.push(JSON.stringify(e.data)));
  });
  await fillFromPanel(panel);
  const pageSees = await page.evaluate(
    () =>
      document.documentElement.outerHTML +
      (document.querySelector('beian-autofill-panel')?.shadowRoot?.innerHTML ?? '') +
      (window as unknown as { heard: string[] }).heard.join(''),
  );
  expect(pageSees).toContain('一键填充');
  for (const secret of secrets) expect(pageSees).not.toContain(secret);
});

test('client-side navigation between the three forms is followed without a reload', async ({ context, extPage }) => {
  const { page, panel } = await openWithProfiles(context, extPage, '/web/dashboard/home', [sampleProfile()], {
    open: false,
  });
  await expect(panel).toHaveCount(0);
  await page.evaluate(() => {
    (window as unknown as { marker: number }).marker = 42;
  });
  const label = panel.getByTestId('page-label');
  const menu = page.locator('.side-menu');
  const go = async (group: string, entry: string) => {
    const link = menu.getByRole('menuitem', { name: entry, exact: true });
    if (!(await link.isVisible())) await menu.getByText(group, { exact: true }).click();
    await link.click();
  };
  await go('开办主体管理', '新增主体');
  await openPanel(panel);
  await expect(label).toHaveText('新增主体');
  await go('APP业务', '新增APP');
  await expect(label).toHaveText('新增APP');
  await go('网站业务', '新办网站申请');
  await expect(label).toHaveText(/^新办网站申请/);
  await go('开办主体管理', '变更主体');
  await expect(panel).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { marker: number }).marker)).toBe(42);
  await go('开办主体管理', '新增主体');
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
