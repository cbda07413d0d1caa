/// <reference types="chrome" />
// Clickjacking the in-page panel: each trick a page script could play to get one real click onto an invisible,
// covered, shrunken or freshly moved 一键填充. The click is a real mouse click at the button's place (the user
// clicking a decoy); nothing may be filled, and the panel says why. The tab's own check (styles, covers, movement)
// must refuse each trick by itself too. The last test: a plain visible click fills.
import type { Page } from '@playwright/test';
import { sampleProfile } from '../../lib/profile/sample';
import { fillFromPanel, openWithProfiles, type Panel, snapshot } from './extension-fill';
import { expect, test } from './fixtures';

interface Spot {
  /** The button's centre in page pixels. */
  x: number;
  y: number;
  /** The panel frame's rectangle in page pixels. */
  frame: { left: number; top: number; width: number; height: number };
}

async function fillButtonSpot(page: Page, panel: Panel): Promise<Spot> {
  const box = await panel.getByRole('button', { name: '一键填充' }).boundingBox();
  if (!box) throw new Error('no fill button');
  const frame = await page.evaluate(() => {
    const r = document.querySelector('beian-autofill-panel')?.getBoundingClientRect();
    if (!r) throw new Error('no panel host');
    return { left: r.left, top: r.top, width: r.width, height: r.height };
  });
  return { x: box.x + box.width / 2, y: box.y + box.height / 2, frame };
}

/** A page script's trick, run in the page with the button's spot. */
type Trick = (spot: Spot) => void;

const TRICKS: Record<string, Trick> = {
  'host opacity:0 over a decoy button': (s) => {
    const host = document.querySelector('beian-autofill-panel') as HTMLElement;
    host.style.setProperty('opacity', '0', 'important');
    const decoy = document.createElement('button');
    decoy.textContent = '领取奖励';
    decoy.style.cssText = `position:fixed;left:${s.x - 60}px;top:${s.y - 20}px;width:120px;height:40px;z-index:10`;
    document.body.append(decoy);
  },
  'opacity:0.02 on <html>': () => {
    document.documentElement.style.opacity = '0.02';
  },
  'full-screen overlay with pointer-events:none': () => {
    const cover = document.createElement('div');
    cover.style.cssText =
      'position:fixed;inset:0;z-index:2147483647;background:#fff;pointer-events:none;display:flex;align-items:center;justify-content:center';
    cover.textContent = '请点击任意位置继续';
    document.documentElement.append(cover);
  },
  'clip-path leaving only the button': (s) => {
    const host = document.querySelector('beian-autofill-panel') as HTMLElement;
    const x = s.x - s.frame.left;
    const y = s.y - s.frame.top;
    const inset = `inset(${y - 4}px ${s.frame.width - x - 4}px ${s.frame.height - y - 4}px ${x - 4}px)`;
    host.style.setProperty('clip-path', inset, 'important');
  },
  'transform: scale(0.01) around the button': (s) => {
    const host = document.querySelector('beian-autofill-panel') as HTMLElement;
    host.style.setProperty('transform-origin', `${s.x - s.frame.left}px ${s.y - s.frame.top}px`, 'important');
    host.style.setProperty('transform', 'scale(0.01)', 'important');
  },
  'covering element with pointer-events:none over the panel only': (s) => {
    const cover = document.createElement('div');
    const f = s.frame;
    cover.style.cssText = `position:fixed;left:${f.left}px;top:${f.top}px;width:${f.width}px;height:${f.height}px;z-index:2147483647;background:#f5f5f5;pointer-events:none`;
    document.documentElement.append(cover);
  },
  // A modal dialog would make the panel inert (unclickable); a popover is in the top layer without that.
  'popover (top layer) with pointer-events:none': () => {
    const pop = document.createElement('div');
    pop.setAttribute('popover', 'manual');
    pop.style.cssText = 'pointer-events:none;inset:0;width:100vw;height:100vh;margin:0;background:#fff;border:0';
    pop.textContent = '加载中…';
    document.body.append(pop);
    pop.showPopover();
  },
  'filter: opacity(0.05) on <html>': () => {
    document.documentElement.style.filter = 'opacity(0.05)';
  },
  'mix-blend-mode on the host': () => {
    const host = document.querySelector('beian-autofill-panel') as HTMLElement;
    host.style.setProperty('mix-blend-mode', 'screen', 'important');
  },
};

async function expectRefusedAndEmpty(page: Page, panel: Panel) {
  await expect(panel.getByRole('status')).toHaveText(/^未填充：.+请确认面板完整可见后再点击/);
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
  await page.evaluate(
    ({ spot, cursor }) => {
      const host = document.querySelector('beian-autofill-panel') as HTMLElement;
      const right = window.innerWidth - spot.frame.left - spot.frame.width;
      host.style.setProperty('top', `${spot.frame.top + cursor.y - spot.y}px`, 'important');
      host.style.setProperty('right', `${right - (cursor.x - spot.x)}px`, 'important');
    },
    { spot, cursor },
  );
  // Two frames, so that the moved panel is on screen (and takes the click) when the user clicks.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
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
