// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { ANTD } from '../../platform/antd';
import { isOpenPopup, openPopups, popupAt } from './popup';

type Box = { left: number; top: number; width: number; height: number };
/** An element whose layout box is `box` (happy-dom lays nothing out). */
function placed(doc: Document, className: string, box: Box): HTMLElement {
  const el = doc.createElement('div');
  el.className = className;
  const rect = { ...box, right: box.left + box.width, bottom: box.top + box.height, x: box.left, y: box.top };
  el.getBoundingClientRect = () => ({ ...rect, toJSON: () => rect }) as DOMRect;
  doc.body.append(el);
  return el;
}
const DROPDOWN = ANTD.selectDropdown.replace(/^\./, '');

describe('popupAt: the popup a select opened', () => {
  it('takes the new popup placed against the select, never one the page opens elsewhere at that moment', () => {
    document.body.innerHTML = '';
    const anchor = placed(document, 'selector', { left: 100, top: 0, width: 200, height: 30 });
    const earlier = placed(document, DROPDOWN, { left: 100, top: 30, width: 200, height: 100 });
    const before = openPopups(ANTD.selectDropdown, document);
    expect(before.has(earlier)).toBe(true);

    // Open before our mousedown, though aligned: not ours. Elsewhere on the page: not ours either.
    const elsewhere = placed(document, DROPDOWN, { left: 700, top: 500, width: 200, height: 100 });
    expect(popupAt(anchor, ANTD.selectDropdown, document, before)).toBeNull();

    const ours = placed(document, DROPDOWN, { left: 100, top: 30, width: 200, height: 100 });
    expect(popupAt(anchor, ANTD.selectDropdown, document, before)).toBe(ours);
    expect(elsewhere).not.toBe(ours);
  });

  it('does not count a popup that is hidden or playing its closing animation', () => {
    document.body.innerHTML = '';
    const anchor = placed(document, 'selector', { left: 0, top: 0, width: 200, height: 30 });
    const closing = placed(document, `${DROPDOWN} ant-slide-up-leave`, { left: 0, top: 30, width: 200, height: 80 });
    const hidden = placed(document, `${DROPDOWN} ant-select-dropdown-hidden`, {
      left: 0,
      top: 30,
      width: 200,
      height: 80,
    });
    expect([isOpenPopup(closing), isOpenPopup(hidden)]).toEqual([false, false]);
    expect(popupAt(anchor, ANTD.selectDropdown, document, new Set())).toBeNull();
  });

  it('measures a popup again once antd moves it (its style changes), not after every other DOM change', () => {
    document.body.innerHTML = '';
    const anchor = placed(document, 'selector', { left: 100, top: 0, width: 200, height: 30 });
    const popup = placed(document, DROPDOWN, { left: -1000, top: -1000, width: 200, height: 100 });
    const measured = vi.spyOn(popup, 'getBoundingClientRect');
    const before = new Set<Element>();
    // While antd measures and places it, the popup is transparent: not looked at yet.
    popup.style.opacity = '0';
    expect(popupAt(anchor, ANTD.selectDropdown, document, before)).toBeNull();
    expect(measured).not.toHaveBeenCalled();
    popup.style.opacity = '';
    expect(popupAt(anchor, ANTD.selectDropdown, document, before)).toBeNull();
    // Other changes (a lazy level arriving): the verdict stands, nothing is measured.
    document.body.append(document.createElement('span'));
    expect(popupAt(anchor, ANTD.selectDropdown, document, before)).toBeNull();
    expect(measured).toHaveBeenCalledTimes(1);

    // dom-align places it against the select: a new style, measured again, now ours.
    const rect = { left: 100, top: 30, width: 200, height: 100, right: 300, bottom: 130, x: 100, y: 30 };
    measured.mockReturnValue({ ...rect, toJSON: () => rect } as DOMRect);
    popup.setAttribute('style', 'left: 100px; top: 30px;');
    expect(popupAt(anchor, ANTD.selectDropdown, document, before)).toBe(popup);
    expect(measured).toHaveBeenCalledTimes(2);
  });
});
