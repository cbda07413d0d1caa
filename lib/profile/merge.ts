// Three-way merge of two edits of one profile, per field: what only one side changed is taken from that side;
// what both changed differently is a conflict, where `mine` wins and the path is reported. Arrays of objects
// with an `id` are merged item by item; other arrays are single values.

type Json = unknown;

const isObj = (v: Json): v is Record<string, Json> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isIdList = (v: Json): v is { id: string }[] =>
  Array.isArray(v) && v.every((x) => isObj(x) && typeof x.id === 'string');
const same = (a: Json, b: Json) => JSON.stringify(a) === JSON.stringify(b);

export interface MergeResult<T> {
  value: T;
  /** Paths both sides changed to different values (mine kept). */
  conflicts: string[];
}

export function merge3<T>(base: T, mine: T, theirs: T): MergeResult<T> {
  const conflicts: string[] = [];
  const value = mergeAt(base, mine, theirs, '', conflicts) as T;
  return { value, conflicts };
}

function mergeAt(base: Json, mine: Json, theirs: Json, path: string, out: string[]): Json {
  if (same(mine, theirs)) return mine;
  if (same(base, mine)) return theirs;
  if (same(base, theirs)) return mine;
  if (isObj(base) && isObj(mine) && isObj(theirs)) {
    const keys = new Set([...Object.keys(mine), ...Object.keys(theirs)]);
    const result: Record<string, Json> = {};
    for (const k of keys) {
      const v = mergeAt(base[k], mine[k], theirs[k], path ? `${path}.${k}` : k, out);
      if (v !== undefined) result[k] = v;
    }
    return result;
  }
  if (isIdList(mine) && isIdList(theirs) && (base === undefined || isIdList(base))) {
    return mergeList(base ?? [], mine, theirs, path, out);
  }
  out.push(path);
  return mine;
}

function mergeList(
  base: { id: string }[],
  mine: { id: string }[],
  theirs: { id: string }[],
  path: string,
  out: string[],
) {
  const byId = (list: { id: string }[]) => new Map(list.map((x) => [x.id, x]));
  const b = byId(base);
  const m = byId(mine);
  const t = byId(theirs);
  // Order: mine's order, then items only theirs added.
  const ids = [...mine.map((x) => x.id), ...theirs.filter((x) => !m.has(x.id) && !b.has(x.id)).map((x) => x.id)];
  const result: Json[] = [];
  for (const id of ids) {
    const inM = m.get(id);
    const inT = t.get(id);
    const inB = b.get(id);
    if (inM && !inT) {
      // They deleted it; keep it only if I changed it since.
      if (inB && same(inB, inM)) continue;
      if (inB) out.push(`${path}[${id}]`);
      result.push(inM);
    } else if (inM && inT) {
      result.push(mergeAt(inB, inM, inT, `${path}[${id}]`, out));
    } else if (inT) {
      result.push(inT);
    }
  }
  return result;
}
