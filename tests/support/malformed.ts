// Malformed import files generated from a valid export, for the bad-input suites (tests only).
// Each case says which words the rejection must contain: the field's Chinese label or the profile's position, so a
// message like "无效输入" alone fails. Inputs are built lazily: some are megabytes.
import { MAX_IMAGE_BYTES, MAX_LOGO_BYTES } from '../../lib/rules/files';
import { describeFilePath, describeProfilePath } from '../../lib/transfer/path-label';

export type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
export type Path = (string | number)[];

export interface MalformedCase {
  kind: string;
  name: string;
  make: () => string | Uint8Array;
  /** Every string must appear in the joined error messages. */
  expect: string[];
}

export const FILE_NAME = 'bad.json';
export const FILE = `文件「${FILE_NAME}」`;

/** Every value in the document with its path, the root first. */
export function walk(v: Json, path: Path = [], out: { path: Path; value: Json }[] = []) {
  out.push({ path, value: v });
  if (Array.isArray(v)) {
    v.forEach((x, i) => {
      walk(x, [...path, i], out);
    });
  } else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, [...path, k], out);
  return out;
}

/** A copy of the document with `fn` applied to the value at `path` (the parent is changed in place). */
export function edit(doc: Json, path: Path, fn: (old: Json) => Json): Json {
  const copy = structuredClone(doc);
  if (path.length === 0) return fn(copy);
  let parent = copy as Record<string | number, Json>;
  for (const seg of path.slice(0, -1)) parent = parent[seg] as Record<string | number, Json>;
  const last = path[path.length - 1] as string | number;
  // defineProperty, not assignment: the key may be "__proto__".
  Object.defineProperty(parent, last, { value: fn(parent[last] ?? null), enumerable: true, writable: true });
  return copy;
}

const typeOf = (v: Json) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);

/** Values of a type the schema never accepts where `v` stands (null stands for a yes/no not answered yet). */
export function wrongTypes(v: Json): Json[] {
  switch (typeOf(v)) {
    case 'string':
      return [42, { text: v }];
    case 'number':
      return [String(v), true];
    case 'boolean':
      return [String(v), 1];
    case 'null':
      return ['是', 0];
    case 'array':
      return [{ 0: 'x' }, 'x'];
    default:
      return ['对象', [v]];
  }
}

/** Words the message must contain for a problem at `path`: the file, the profile's position, the field's label. */
export function expectedFor(path: Path): string[] {
  if (path.length === 0 || path[0] === 'format') return [FILE, '文件格式'];
  if (path[0] !== 'profiles' || typeof path[1] !== 'number') return [FILE, describeFilePath(path)];
  const rest = path.slice(2);
  if (rest.length === 0) return [FILE, `第 ${path[1] + 1} 个档案`];
  const label = describeProfilePath(rest);
  // The label must be translated: its last part (after the last 的) is not the raw key (the fallback for unknowns).
  const last = (label.split(' 的').pop() ?? '').replace(/ \d+$/, '');
  if (last === rest.filter((s) => typeof s === 'string').pop()) throw new Error(`no label for ${rest.join('.')}`);
  return [FILE, `第 ${path[1] + 1} 个档案`, label];
}

const bytes = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0) & 255);
const b64 = (b: Uint8Array) => btoa(String.fromCharCode(...b));
// A real 1×1 PNG and a minimal JPEG; payloads below are built from them.
export const PNG_1X1 = bytes(
  atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=='),
);
const JPEG_HEAD = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 74, 70, 73, 70, 0, 1, 1, 0, 0, 1, 0, 1, 0, 0]);

/** Not images, or not whole images, each with the words the problem must be reported with. */
export const NON_IMAGES: [string, Uint8Array, string][] = [
  ['text', bytes('这不是图片 just text'), '不是 PNG 或 JPEG'],
  [
    'GIF',
    bytes('GIF89a\x01\x00\x01\x00\x80\x00\x00\xff\xff\xff\x00\x00\x00!\xf9\x04\x01\x00\x00\x00\x00,;'),
    '不是 PNG 或 JPEG',
  ],
  ['SVG', bytes('<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"/>'), '不是 PNG 或 JPEG'],
  ['HTML', bytes('<!doctype html><script>alert(1)</script>'), '不是 PNG 或 JPEG'],
  ['PDF', bytes('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj<<>>endobj'), '不是 PNG 或 JPEG'],
  [
    'WebP',
    bytes('RIFF\x1a\x00\x00\x00WEBPVP8L\x0d\x00\x00\x00/\x00\x00\x00\x10\x07\x10\x11\x11\x88\x88\xfe\x07\x00'),
    '不是 PNG 或 JPEG',
  ],
  ['empty', new Uint8Array(0), '空文件'],
  ['PNG cut after its signature', PNG_1X1.slice(0, 8), '不完整'],
  ['PNG cut after IHDR', PNG_1X1.slice(0, 33), '不完整'],
  ['PNG cut before IEND', PNG_1X1.slice(0, PNG_1X1.length - 6), '不完整'],
  // Recorded as PNG in the file: the real type is named first.
  ['JPEG without end marker', JPEG_HEAD, '图片内容是 JPEG，档案记录的类型是 PNG'],
  ['JPEG bytes declared as PNG', Uint8Array.from([...JPEG_HEAD, 0xff, 0xd9]), '图片内容是 JPEG，档案记录的类型是 PNG'],
];

/** Paths of the image references with this id inside the file. */
const refPaths = (doc: Json, id: string) =>
  walk(doc)
    .filter(({ value: v }) => v !== null && typeof v === 'object' && !Array.isArray(v) && v.id === id && 'size' in v)
    .map(({ path }) => path);

/** Replaces one attachment's data and makes every reference agree on its size, so only the content is wrong. */
export function withAttachment(doc: Json, id: string, data: string, size: number): Json {
  let out = edit(doc, ['attachments', id, 'dataBase64'], () => data);
  for (const p of refPaths(doc, id)) out = edit(out, [...p, 'size'], () => size);
  return out;
}

export function imageCases(doc: Json, ids: string[]): MalformedCase[] {
  const cases: MalformedCase[] = [];
  const words = (id: string) => expectedFor(refPaths(doc, id)[0] ?? ['attachments', id]);
  for (const id of ids) {
    for (const [what, payload, problem] of NON_IMAGES) {
      cases.push({
        kind: 'non-image',
        name: `${what} as ${id}`,
        make: () => JSON.stringify(withAttachment(doc, id, b64(payload), payload.length)),
        expect: [...words(id), problem],
      });
    }
    const limit = id.endsWith('-logo') ? MAX_LOGO_BYTES : MAX_IMAGE_BYTES;
    for (const over of [1, 3, 1024 * 1024]) {
      cases.push({
        kind: 'oversized image',
        name: `${id} ${over} bytes over its ${limit / 1024 / 1024}MB limit`,
        make: () => {
          const big = new Uint8Array(limit + over);
          big.set(PNG_1X1);
          return JSON.stringify(withAttachment(doc, id, Buffer.from(big).toString('base64'), big.length));
        },
        expect: [...words(id), `图片超过 ${limit / 1024 / 1024}MB 上限`],
      });
    }
  }
  return cases;
}

/** The valid export cut at `count` offsets spread over its length (never the whole: that would be valid). */
export function truncatedCases(text: string, count: number): MalformedCase[] {
  const offsets = new Set([0, 1, 2, text.length - 1, text.length - 2]);
  for (let i = 1; offsets.size < count; i++) offsets.add(Math.floor((text.length * i) / (count + 1)));
  return [...offsets].map((at) => ({
    kind: 'truncated',
    name: `cut at ${at} of ${text.length}`,
    make: () => text.slice(0, at),
    expect: [FILE, '不是有效的 JSON'],
  }));
}

/** Every value of the file (objects, arrays and leaves) replaced by values of wrong types. */
export function wrongTypeCases(doc: Json): MalformedCase[] {
  return walk(doc).flatMap(({ path, value }) =>
    wrongTypes(value).map((bad) => ({
      kind: 'wrong type',
      name: `${path.join('.') || '(root)'} = ${JSON.stringify(bad).slice(0, 30)}`,
      make: () => JSON.stringify(edit(doc, path, () => bad)),
      expect: path.length === 0 ? [FILE, '文件格式'] : expectedFor(path),
    })),
  );
}

/** Every string of the envelope and the first profile replaced by a 1 MB one (dates, enums, ids, names, base64). */
export function hugeStringCases(doc: Json): MalformedCase[] {
  return (
    walk(doc)
      // The second profile has the same shape as the first: its strings add time, not coverage.
      .filter(({ path, value }) => typeof value === 'string' && !(path[0] === 'profiles' && path[1] === 1))
      .map(({ path }) => ({
        kind: 'huge string',
        name: `${path.join('.')} = 1 MB`,
        make: () => JSON.stringify(edit(doc, path, () => '长'.repeat(1 << 20))),
        // A 1 MB "base64" is not valid base64 (长 is not in its alphabet), so the image is named as well.
        expect: path.at(-1) === 'dataBase64' ? expectedFor(refPathOf(doc, path)) : expectedFor(path),
      }))
  );
}

const refPathOf = (doc: Json, attachmentPath: Path) => refPaths(doc, String(attachmentPath[1]))[0] ?? attachmentPath;

/** Arrays nested `depth` levels deep where an object, a string or the whole file belongs. */
export function deepCases(doc: Json, places: Path[], depths: number[]): MalformedCase[] {
  return depths.flatMap((depth) =>
    places.map((path) => ({
      kind: 'deep nesting',
      name: `${path.join('.') || '(whole file)'} nested ${depth} deep`,
      make: () => {
        const deep = `${'['.repeat(depth)}${']'.repeat(depth)}`;
        if (path.length === 0) return deep;
        // Spliced as text: building the value as an object would itself recurse `depth` deep in JSON.stringify.
        return JSON.stringify(edit(doc, path, () => '@DEEP@')).replace('"@DEEP@"', deep);
      },
      expect: expectedFor(path),
    })),
  );
}

/** `__proto__`, `constructor` and `prototype` keys added to the objects at `places`. */
export function prototypeKeyCases(doc: Json, places: Path[]): MalformedCase[] {
  return places.flatMap((path) =>
    ['__proto__', 'constructor', 'prototype'].map((key) => ({
      kind: 'prototype key',
      name: `${key} in ${path.join('.') || '(root)'}`,
      make: () => {
        const value: Json = key === 'constructor' ? { prototype: { polluted: 1 } } : { polluted: 1 };
        return JSON.stringify(edit(doc, [...path, key], () => value));
      },
      expect: [FILE, `${describeFilePath(path)}含有不允许的键「${key}」`],
    })),
  );
}
