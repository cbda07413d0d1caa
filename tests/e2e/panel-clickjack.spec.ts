/// <reference types="chrome" />
// Clickjacking the in-page panel: each trick a page script could play to get one real click onto an invisible,
// covered, shrunken or freshly moved 一键填充. The click is a real mouse click at the button's place (the user
// clicking a decoy); nothing may be filled, and the panel says why. The tab's own check (styles, covers, movement)
// must refuse each trick by itself too. The last test: a plain visible click fills.
import type { Page } from '@playwright/test';
import { sampleProfile } from '../../lib/profile/sample';
import { panelHostRect, REFUSED, type Spot, slideUnder, TRICKS, twoFrames } from './clickjack-tricks';
import { fillFromPanel, openWithProfiles, type Panel, snapshot } from './extension-fill';
import { expect, test } from './fixtures';

async function fillButtonSpot(page: Page, panel: Panel): Promise<Spot> {
  const box = await panel.getByRole('button', { name: '一键填充' }).boundingBox();
  if (!box) throw new Error('no fill button');
  const frame = await page.evaluate(panelHostRect);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2, frame };
}

async function expectRefusedAndEmpty(page: Page, panel: Panel) {
  await expect(panel.getByRole('status')).toHaveText(REFUSED);
  const snap = await snapshot(page);
  expect(snap.model.nature).toBeNull();
  expect(snap.model.unitName).toBe('');
  expect(snap.model.person?.name).toBe('');
  expect(snap.model.person?.idNo).toBe('');
  expect(snap.model.person?.mobile).toBe('');
}

/**
 * The tab's own verdict at the button, asked directly (as the background does at each click): it must refuse by
 * itself, without the browser's IntersectionObserver v2, which Firefox lacks.
 */
async function tabVerdict(panel: Panel, spot: Spot): Promise<{ ok: boolean; message?: string }> {
  const click = { x: spot.x - spot.frame.left, y: spot.y - spot.frame.top };
  return panel.evaluate(async (click) => {
    const tab = await chrome.tabs.getCurrent();
    if (tab?.id === undefined) throw new Error('no tab');
    const data = { click, panelKey: location.hash.slice(1) };
    const message = { id: 1, type: 'content:guard', data, timestamp: Date.now() };
    const reply = await chrome.tabs.sendMessage(tab.id, message, { frameId: 0 });
    return reply.res;
  }, click);
}

for (const [name, trick] of Object.entries(TRICKS)) {
  test(`clickjacking: ${name} → nothing is filled`, async ({ context, extPage }) => {
    const { page, panel } = await openWithProfiles(context, extPage, '/web/subject/add', [sampleProfile()]);
    const spot = await fillButtonSpot(page, panel);
    expect(await tabVerdict(panel, spot)).toEqual({ ok: true });
    await page.evaluate(trick, spot);
    await page.mouse.click(spot.x, spot.y);
    await expectRefusedAndEmpty(page, panel);
    const verdict = await tabVerdict(panel, spot);
    expect(verdict.ok).toBe(false);
    expect(verdict.message).toMatch(/^未填充：面板/);
  });
}

test('clickjacking: the panel slid under the cursor just before the click → nothing is filled', async ({
  context,
  extPage,
}) => {
  const { page, panel } = await openWithProfiles(context, extPage, '/web/subject/add', [sampleProfile()]);
  const spot = await fillButtonSpot(page, panel);
  // The cursor rests on the form; the page moves the panel so that its button lies under it, and the click lands.
  const cursor = { x: 300, y: 400 };
  await page.mouse.move(cursor.x, cursor.y);
  await page.evaluate(slideUnder, { spot, cursor });
  // Two frames, so that the moved panel is on screen (and takes the click) when the user clicks.
  await page.evaluate(twoFrames);
  await page.mouse.click(cursor.x, cursor.y);
  await expectRefusedAndEmpty(page, panel);
});

test('a real click on the visible panel still fills, at the same spot the tricks used', async ({
  context,
  extPage,
}) => {
  const { page, panel } = await openWithProfiles(context, extPage, '/web/subject/add', [sampleProfile()]);
  const spot = await fillButtonSpot(page, panel);
  await page.mouse.click(spot.x, spot.y);
  await expect(panel.getByRole('status')).toHaveText(/^已填充/, { timeout: 45_000 });
  const snap = await snapshot(page);
  expect(snap.model.unitName).toBe('杭州示例科技有限公司');
  expect(snap.model.person?.idNo).toBe(sampleProfile().people[0]?.idNo);
  // And the helper the other specs use agrees (a second fill keeps what is there).
  await fillFromPanel(panel);
});
