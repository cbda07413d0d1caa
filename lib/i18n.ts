// UI text by key (public/_locales/<locale>/messages.json, the manifest's messages too). Pure: the extension's
// entry points hand in the browser's getMessage (components/i18n.ts), which follows the browser's UI language;
// unit tests hand in the zh_CN file. Nothing here runs at import, so every text is looked up when it is shown.
/** The keys of the zh_CN file (a type only: nothing of the file is bundled). */
export type MessageKey = keyof typeof import('../public/_locales/zh_CN/messages.json');
export type MessageEntry = { message: string; placeholders?: Record<string, { content: string }> };
/** The browser's getMessage: '' for a key it does not know. */
export type MessageSource = (key: string, subs: string[]) => string;

const sources: MessageSource[] = [];

/** Adds a source; the first one that knows a key wins (the browser before the tests' Chinese file). */
export function addMessageSource(source: MessageSource, first = false): void {
  if (first) sources.unshift(source);
  else sources.push(source);
}

/** A message with the browser's rules: $NAME$ → its placeholder's content, then $1…$9 → the substitutions. */
export function formatMessage(entry: MessageEntry, subs: readonly string[]): string {
  const named = entry.message.replace(
    /\$([A-Za-z0-9_@]+)\$/g,
    (_, name: string) => entry.placeholders?.[name.toLowerCase()]?.content ?? '',
  );
  return named.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '').replace(/\$\$/g, '$');
}

/** A source over one parsed messages.json. */
export const messagesOf =
  (table: Record<string, MessageEntry>): MessageSource =>
  (key, subs) => {
    const entry = table[key];
    return entry ? formatMessage(entry, subs) : '';
  };

/** The text of `key` in the browser's UI language, with `subs` for its placeholders in their order ($1, $2…). */
export function t(key: MessageKey, ...subs: (string | number)[]): string {
  const args = subs.map(String);
  for (const source of sources) {
    const text = source(key, args);
    if (text) return text;
  }
  return key;
}

const uiErrors = new WeakSet<object>();
/**
 * Marks an error whose message is UI text from t(), to be shown as it is. The other errors (the browser's: quota,
 * I/O) are quoted as what the browser said; a Chinese message was the only sign of ours before the English UI.
 */
export function uiError<E extends Error>(e: E): E {
  uiErrors.add(e);
  return e;
}
export const isUiError = (e: unknown): boolean => typeof e === 'object' && e !== null && uiErrors.has(e);
