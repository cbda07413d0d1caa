/** Sets a value the way typing does, so Vue's v-model (which listens to `input`) sees it. */
export function setNativeValue(el: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  const proto = Object.getPrototypeOf(el) as object;
  const setter = Object.getOwnPropertyDescriptor(proto, 'value')?.set;
  if (setter) setter.call(el, value);
  else el.value = value;
  el.dispatchEvent(new Event('input', { bubbles: true }));
}

/** Commits a text value and triggers the validation Ant Design runs on change and blur. */
export function commitText(el: HTMLInputElement | HTMLTextAreaElement): void {
  el.dispatchEvent(new Event('change', { bubbles: true }));
  el.dispatchEvent(new FocusEvent('blur'));
  el.dispatchEvent(new FocusEvent('focusout', { bubbles: true }));
}

export function mouseDown(el: Element): void {
  const view = el.ownerDocument.defaultView;
  el.dispatchEvent(new MouseEvent('mousedown', { bubbles: true, cancelable: true, view, button: 0 }));
}

/** A full click sequence; Ant Design's option lists react to mousedown, others to click. */
export function press(el: Element): void {
  const view = el.ownerDocument.defaultView;
  mouseDown(el);
  el.dispatchEvent(new MouseEvent('mouseup', { bubbles: true, cancelable: true, view, button: 0 }));
  (el as HTMLElement).click();
}

export function key(el: Element, name: string): void {
  // Ant Design Vue's pickers still switch on the legacy `which`, so it is set along with `key`.
  const code = name === 'Enter' ? 13 : 27;
  const init = { key: name, code: name, bubbles: true, cancelable: true, keyCode: code, which: code };
  el.dispatchEvent(new KeyboardEvent('keydown', init));
  el.dispatchEvent(new KeyboardEvent('keyup', init));
}

export const textOf = (el: Element | null | undefined): string => (el?.textContent ?? '').replace(/\s+/g, '');

/** Whether an element takes part in the layout (v-show hides with display:none). */
export function isShown(el: Element): boolean {
  const check = (el as HTMLElement & { checkVisibility?: () => boolean }).checkVisibility;
  if (typeof check === 'function') return check.call(el);
  return (el as HTMLElement).getClientRects?.().length > 0;
}
