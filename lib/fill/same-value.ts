import type { WidgetKind } from '../platform/types';
import { pickOption, samePath } from './options';
import type { PayloadValue } from './types';

const clean = (s: string) => s.replace(/\s+/g, '');

/** Whether what a widget shows is what the profile holds, in that widget's terms. */
export function sameValue(widget: WidgetKind, shown: PayloadValue | null, wanted: PayloadValue): boolean {
  if (shown === null) return false;
  if (widget === 'checkbox') return shown === (wanted === true || wanted === '是');
  if (widget === 'upload') return Array.isArray(shown) && Array.isArray(wanted) && shown.length === wanted.length;
  if (Array.isArray(wanted)) {
    if (!Array.isArray(shown)) return false;
    const a = (shown as readonly string[]).map(clean);
    const b = (wanted as readonly string[]).map(clean);
    // Checkbox groups and tags hold sets; lists, ranges and regions hold sequences.
    if (widget === 'checkboxgroup' || widget === 'multiselect')
      return a.length === b.length && b.every((v) => pickOption(a, v) >= 0);
    // A cascader level may be worded differently (Z（其他） for 其他Z), as a select's option may.
    if (widget === 'cascader') return samePath(a, b);
    return a.length === b.length && a.every((v, i) => v === b[i]);
  }
  if (widget === 'radio' || widget === 'select') return pickOption([String(shown)], String(wanted)) === 0;
  return clean(String(shown)) === clean(String(wanted));
}
