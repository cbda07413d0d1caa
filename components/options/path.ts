// Immutable updates by a dotted profile path (`websites.0.access.name`), the same paths the rules report.

export function setPath<T>(obj: T, path: string, value: unknown): T {
  const [head, ...rest] = path.split('.');
  if (head === undefined) return obj;
  const cur = obj as unknown as Record<string, unknown> | unknown[];
  const next = rest.length ? setPath(cur[head as keyof typeof cur], rest.join('.'), value) : value;
  if (Array.isArray(cur)) {
    const copy = [...cur];
    copy[Number(head)] = next;
    return copy as unknown as T;
  }
  const copy: Record<string, unknown> = { ...cur };
  if (next === undefined) delete copy[head];
  else copy[head] = next;
  return copy as T;
}
