// JSON.parse with a reviver that drops `__proto__`, `constructor` and `prototype` keys at every depth, so nothing
// read from a file can reach an object's prototype chain later (spreads, Object.assign, merges).
const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

export function parseJsonSafely(text: string): unknown {
  return JSON.parse(text, (key, value) => (FORBIDDEN.has(key) ? undefined : value));
}

/** True when some key anywhere in the value is one of the forbidden ones (used by tests and as a final guard). */
export function hasForbiddenKeys(value: unknown): boolean {
  if (value === null || typeof value !== 'object') return false;
  for (const k of Reflect.ownKeys(value)) {
    if (typeof k === 'string' && FORBIDDEN.has(k)) return true;
    if (hasForbiddenKeys((value as Record<PropertyKey, unknown>)[k])) return true;
  }
  return false;
}

/** UTF-8 length of a string without encoding it (to refuse an oversized text before parsing). */
export function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}
