// The clickjacking tricks a page script could play on the in-page panel, shared by the Chromium spec
// (panel-clickjack.spec.ts) and the Firefox suite (tests/firefox): each runs in the page with the spot of the
// panel's 一键填充, before the user's real click there. No test runner here.

/** What the panel says when it refused a click it could not trust. */
export const REFUSED = /^未填充：.+请确认面板完整可见后再点击/;

export interface Spot {
  /** The button's centre in page pixels. */
  x: number;
  y: number;
  /** The panel frame's rectangle in page pixels. */
  frame: { left: number; top: number; width: number; height: number };
}

/** The panel host's (and so its frame's) rectangle in page pixels; runs in the page. */
export function panelHostRect(): Spot['frame'] {
  const r = document.querySelector('beian-autofill-panel')?.getBoundingClientRect();
  if (!r) throw new Error('no panel host');
  return { left: r.left, top: r.top, width: r.width, height: r.height };
}

/** A page script's trick, run in the page with the button's spot. */
export type Trick = (spot: Spot) => void;

export const TRICKS: Record<string, Trick> = {
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

/** The page moves the panel so that its button lies under the resting cursor (the click lands just after). */
export function slideUnder({ spot, cursor }: { spot: Spot; cursor: { x: number; y: number } }) {
  const host = document.querySelector('beian-autofill-panel') as HTMLElement;
  const right = window.innerWidth - spot.frame.left - spot.frame.width;
  host.style.setProperty('top', `${spot.frame.top + cursor.y - spot.y}px`, 'important');
  host.style.setProperty('right', `${right - (cursor.x - spot.x)}px`, 'important');
}

/** Script events inside the panel's own page (which the platform page cannot even reach): all untrusted. */
export function syntheticPanelEvents() {
  const s = document.querySelector('select') as HTMLSelectElement;
  s.value = 'other-1';
  s.dispatchEvent(new Event('change', { bubbles: true }));
  (document.querySelector('input[type="checkbox"]') as HTMLInputElement).click();
  const fill = [...document.querySelectorAll('button')].find((b) => b.textContent === '一键填充');
  fill?.click();
}

/** Resolves after two painted frames: a moved panel is then on screen (and takes the click). */
export const twoFrames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
