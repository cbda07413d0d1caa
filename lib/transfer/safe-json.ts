// Finds `__proto__`, `constructor` and `prototype` keys at any depth, so an import that carries one is refused
// before anything read from the file can reach an object's prototype chain (spreads, Object.assign, merges).
const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Path to the first forbidden key anywhere in the value (the key itself is the last segment), or null.
 * Iterative, so a file nested 100 000 levels deep cannot overflow the stack. Run on plain JSON.parse output: that
 * defines `__proto__` as an own data property (never calls the setter), so the key is still there to be found.
 */
export function findForbiddenKey(value: unknown): (string | number)[] | null {
  // Parent links, not path copies: a path per node would cost depth² on deep files.
  type Node = { v: unknown; key?: string | number; up?: Node };
  const pathOf = (n: Node | undefined, last: string) => {
    const path: (string | number)[] = [last];
    for (let x = n; x?.key !== undefined; x = x.up) path.unshift(x.key);
    return path;
  };
  const stack: Node[] = [{ v: value }];
  while (stack.length) {
    const node = stack.pop() as Node;
    const v = node.v;
    if (v === null || typeof v !== 'object') continue;
    const array = Array.isArray(v);
    for (const k of Reflect.ownKeys(v)) {
      if (typeof k !== 'string' || (array && k === 'length')) continue;
      if (FORBIDDEN.has(k)) return pathOf(node, k);
      stack.push({ v: (v as Record<string, unknown>)[k], key: array ? Number(k) : k, up: node });
    }
  }
  return null;
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
