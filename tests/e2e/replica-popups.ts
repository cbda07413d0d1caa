// The popup of one field, found through that field — never "the first visible popup", which is often another
// field's popup still fading out. Ant Design renders popups into document.body, so the link has to be explicit:
// - a select's input names its option list (`aria-controls` = id of the list inside the dropdown);
// - a cascader's `aria-controls` names no element, so its popup is the open one aligned to its own selector
//   (antd aligns the popup's corner to the selector's: below it, or above it when there is no room).
import { expect, type Locator } from '@playwright/test';

/** The dropdown of an a-select, by the id its input's aria-controls names. */
export async function selectPopup(field: Locator): Promise<Locator> {
  const input = field.locator('input.ant-select-selection-search-input').first();
  const id = (await input.getAttribute('aria-controls')) ?? (await input.getAttribute('aria-owns'));
  if (!id) throw new Error('select without aria-controls');
  const page = field.page();
  return page.locator('.ant-select-dropdown').filter({ has: page.locator(`[id="${id}"]`) });
}

/** 1 + index of the open popup aligned to `selector`, or 0. Only anonymous callbacks: tsx's name helpers are not in the page. */
const alignedIndex = ([selector, kind]: readonly [Element, string]) => {
  const own = selector.getBoundingClientRect();
  return (
    [...document.querySelectorAll(kind)].findIndex((el) => {
      if (/-hidden|-leave/.test(el.className) || !el.checkVisibility()) return false;
      const r = el.getBoundingClientRect();
      const beside = Math.abs(r.top - own.bottom) < 12 || Math.abs(r.bottom - own.top) < 12;
      return Math.abs(r.left - own.left) < 2 && beside;
    }) + 1
  );
};

/** Waits for the field's own open cascader popup (call after opening it). */
export async function cascaderPopup(field: Locator): Promise<Locator> {
  const page = field.page();
  const selector = await field.locator('.ant-select-selector').elementHandle();
  await expect(field.locator('.ant-cascader')).toHaveClass(/ant-select-open/);
  if (!selector) throw new Error('cascader without selector');
  const found = await page.waitForFunction(alignedIndex, [selector, '.ant-cascader-dropdown'] as const, {
    polling: 'raf',
  });
  const index = Number(await found.jsonValue()) - 1;
  return page.locator('.ant-cascader-dropdown').nth(index);
}
