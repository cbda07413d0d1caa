// Reading and writing a stored field inside its object, and telling values apart the way a reviewer would.
import { APP_TYPES } from '../profile/options';
import type { ImageRef, Region } from '../profile/schema';

type Obj = Record<string, unknown>;

/** `certRange` is the range picker's [start, end] over the two stored dates. */
export function getAt(obj: object | undefined, path: readonly string[]): unknown {
  if (!obj) return undefined;
  if (path.length === 1 && path[0] === 'certRange') {
    const o = obj as Obj;
    return o.certStart || o.certEnd ? [o.certStart ?? '', o.certEnd ?? ''] : undefined;
  }
  let v: unknown = obj;
  for (const part of path) {
    if (v === null || typeof v !== 'object' || !Object.hasOwn(v, part)) return undefined;
    v = (v as Obj)[part];
  }
  return v;
}

export function setAt(obj: object, path: readonly string[], value: unknown): void {
  if (path.length === 1 && path[0] === 'certRange') {
    const [start, end] = value as [string, string];
    Object.assign(obj, { certStart: start, certEnd: end });
    return;
  }
  let o = obj as Obj;
  for (const part of path.slice(0, -1)) {
    if (o[part] === null || typeof o[part] !== 'object') o[part] = {};
    o = o[part] as Obj;
  }
  o[path[path.length - 1] as string] = value;
}

const isImage = (v: unknown): v is ImageRef => typeof v === 'object' && v !== null && 'id' in v && 'size' in v;
const isRegion = (v: unknown): v is Region => typeof v === 'object' && v !== null && 'codes' in v && 'names' in v;

/** Nothing a reviewer would miss: unset, empty text or list, an empty region (否 is an answer, not empty). */
export function isEmpty(v: unknown): boolean {
  if (v === undefined || v === null || v === '') return true;
  if (Array.isArray(v)) return v.every(isEmpty);
  if (isRegion(v)) return v.names.length === 0;
  return false;
}

/** Same for the reviewer: images by name and size (a new capture has new ids), regions by codes. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (isEmpty(a) && isEmpty(b)) return true;
  if (isImage(a) && isImage(b)) return a.name === b.name && a.size === b.size;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => sameValue(x, b[i]));
  if (isRegion(a) && isRegion(b)) return a.codes.join('/') === b.codes.join('/');
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Stored codes the page shows as words (单位, 网络基础类A). */
const SHOWN: Record<string, (v: unknown) => string | undefined> = {
  nature: (v) => (v === 'unit' ? '单位' : v === 'personal' ? '个人' : undefined),
  appType: (v) => APP_TYPES[v as keyof typeof APP_TYPES],
};

/** A value in the reviewer's words; `field` (the stored field's name) turns codes into the page's words. */
export function showValue(v: unknown, field = ''): string {
  if (isEmpty(v)) return '';
  const shown = SHOWN[field]?.(v);
  if (shown) return shown;
  if (typeof v === 'boolean') return v ? '是' : '否';
  if (isImage(v)) return v.name;
  if (isRegion(v)) return v.names.join(' / ');
  if (Array.isArray(v))
    return v
      .map((x) => showValue(x))
      .filter(Boolean)
      .join('、');
  return String(v);
}
