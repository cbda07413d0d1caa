/// <reference types="chrome" />
// The panel frame's trust: a copy of it that the page loads itself is inert; the panel's choice of profile is the
// tab's own (the stored active profile is left alone); its controls obey the user's input only.
import { sampleProfile } from '../../lib/profile/sample';
import { syntheticPanelEvents } from './clickjack-tricks';
import { fillFromPanel, openPanel, openWithProfiles, panelOf, snapshot } from './extension-fill';
import { otherProfile } from './fill-cases';
import { expect, test } from './fixtures';
import { PLATFORM_ORIGIN } from './platform-routes';
import { localDump } from './seed';

test('the page cannot load the panel page, and another panel frame cannot fill', async ({
  context,
  extPage,
  extensionId,
}) => {
  const { page, panel } = await openWithProfiles(context, extPage, '/web/subject/add', [sampleProfile()]);
  // Even knowing the extension's id, the page gets an error page: Chrome serves the panel under a per-session id.
  await page.evaluate((id) => {
    const frame = document.createElement('iframe');
    frame.src = `chrome-extension://${id}/panel.html#${'0'.repeat(32)}`;
    frame.id = 'rogue';
    document.body.append(frame);
  }, extensionId);
  const rogue = page.locator('#rogue').contentFrame();
  await expect.poll(() => rogue.locator('body').evaluate(() => location.protocol)).toBe('chrome-error:');
  // Not even a frame of ours can load it there, so the tab's panel is the only one. Should another panel frame
  // exist, the tab would refuse its clicks: only its own panel knows the secret in its URL (asked here as the
  // background asks at each click).
  const verdict = (panelKey: string) =>
    panel.evaluate(async (panelKey) => {
      const tab = await chrome.tabs.getCurrent();
      const data = { click: { x: 10, y: 10 }, panelKey };
      const message = { id: 1, type: 'content:guard', data, timestamp: Date.now() };
      return (await chrome.tabs.sendMessage(tab?.id ?? -1, message, { frameId: 0 })).res;
    }, panelKey);
  expect(await verdict('f'.repeat(32))).toEqual({
    ok: false,
    message: '未填充：请求不是来自本页的公安备案填表助手面板',
  });
  expect(await verdict(await panel.evaluate(() => location.hash.slice(1)))).toEqual({ ok: true });
  const snap = await snapshot(page);
  expect(snap.model.unitName).toBe('');
  expect(snap.model.person?.idNo).toBe('');
});

test("the panel's profile is the tab's: the stored active profile stays, the fill uses the tab's", async ({
  context,
  extPage,
}) => {
  const { page, panel } = await openWithProfiles(context, extPage, '/web/subject/add', [
    sampleProfile(),
    otherProfile(),
  ]);
  const select = panel.getByRole('combobox').first();
  await expect(select).toHaveValue('sample-1');
  // The user picks with the keyboard (a real, trusted change).
  await select.focus();
  await page.keyboard.press('ArrowDown');
  await expect(select).toHaveValue('other-1');
  await fillFromPanel(panel);
  expect((await snapshot(page)).model.unitName).toBe('宁波另一科技有限公司');
  const stored = await extPage('options.html');
  expect(JSON.parse(await localDump(stored)).activeProfileId).toBe('sample-1');
  await stored.close();
  await page.bringToFront();
  // The same tab keeps its choice when the page reloads; another tab starts from the stored profile.
  await page.reload();
  const reloaded = await panelOf(page);
  await openPanel(reloaded);
  await expect(reloaded.getByRole('combobox').first()).toHaveValue('other-1');
  const other = await context.newPage();
  await other.goto(`${PLATFORM_ORIGIN}/web/subject/add`);
  const otherPanel = await panelOf(other);
  await openPanel(otherPanel);
  await expect(otherPanel.getByRole('combobox').first()).toHaveValue('sample-1');
});

test('panel controls ignore synthetic events: the profile, 只填空白项 and 一键填充 stay as the user left them', async ({
  context,
  extPage,
}) => {
  const { page, panel } = await openWithProfiles(context, extPage, '/web/subject/add', [
    sampleProfile(),
    otherProfile(),
  ]);
  const select = panel.getByRole('combobox').first();
  const onlyEmpty = panel.getByRole('checkbox', { name: /只填空白项/ });
  await expect(select).toHaveValue('sample-1');
  await expect(onlyEmpty).toBeChecked();
  await panel.evaluate(syntheticPanelEvents);
  await expect(select).toHaveValue('sample-1');
  await expect(onlyEmpty).toBeChecked();
  await expect(panel.getByRole('status')).toHaveText('');
  expect((await snapshot(page)).model.unitName).toBe('');
  // A real click afterwards fills, with the user's settings.
  await fillFromPanel(panel);
  expect((await snapshot(page)).model.unitName).toBe('杭州示例科技有限公司');
});
