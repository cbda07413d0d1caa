// Apart from factory.ts so that the popup can suggest and limit names without loading the schema (zod).

export const MAX_NAME_LENGTH = 60;

/** A name not yet used: `base`, `base 2`, `base 3` … */
export function freeName(base: string, taken: readonly string[]): string {
  if (!taken.includes(base)) return base;
  for (let i = 2; ; i++) if (!taken.includes(`${base} ${i}`)) return `${base} ${i}`;
}
