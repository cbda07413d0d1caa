// Test-only instrumentation: `window.__replica` (see ../README.md). Everything returned is a deep,
// JSON-safe copy so tests can never mutate the app's state through it.
import { toRaw, watch } from 'vue';
import type { Router } from 'vue-router';
import { hasVariant, variants } from './variants';

export type PageName = 'subject' | 'website' | 'app' | 'home' | 'drafts';

export interface FileLike {
  name: string;
  type?: string;
  size?: number;
  status?: string;
}

export interface PageState {
  page: PageName;
  step: () => number | null;
  model: () => unknown;
  files: () => Record<string, FileLike[] | undefined>;
}

let current: PageState | null = null;

/**
 * One artificial delay of the page: `field` is the form item id it belongs to; `after` the item whose value it
 * waited for (a provider list waits for its region). Times are performance.now(); `end` stays null until it fires.
 */
export interface PageWait {
  kind: 'level' | 'options' | 'upload';
  field: string;
  after?: string;
  ms: number;
  start: number;
  end: number | null;
}

const waitLog: PageWait[] = [];
const changeLog: number[] = [];

/** Every timer the replica starts goes through here: recorded, and 0 ms with the no-delay variant. */
export function pageTimer(wait: Omit<PageWait, 'start' | 'end'>, fire: () => void): void {
  const entry: PageWait = { ...wait, ms: hasVariant('no-delay') ? 0 : wait.ms, start: performance.now(), end: null };
  waitLog.push(entry);
  setTimeout(() => {
    entry.end = performance.now();
    fire();
  }, entry.ms);
}

/** Called by a page in setup(); the returned function unregisters it (call it from onUnmounted). */
export function registerPage(state: PageState): () => void {
  current = state;
  // When the model or a file list changed: the benchmark's "first field / all fields landed" times.
  watch(
    [state.model, state.files],
    () => {
      changeLog.push(performance.now());
    },
    { deep: true, flush: 'sync' },
  );
  return () => {
    if (current === state) current = null;
  };
}

// Unset values (undefined) become null so every model key is present in the copy.
const plain = <T>(value: T): T =>
  JSON.parse(JSON.stringify(toRaw(value) ?? null, (_k, v) => (v === undefined ? null : v)));

/** Errors exactly as shown: every form item currently in error state, with its visible messages. */
function shownErrors() {
  // antd puts our data-field on the item's inner row; the error class is on the item itself.
  const items = Array.from(document.querySelectorAll<HTMLElement>('.ant-form-item-has-error'));
  return items.flatMap((item) => {
    const field = item.querySelector<HTMLElement>(':scope > [data-field]')?.dataset.field;
    if (!field) return [];
    const label = item.querySelector('.ant-form-item-label label')?.textContent?.trim() ?? '';
    const messages = Array.from(item.querySelectorAll<HTMLElement>('.ant-form-item-explain-error'))
      // Leaving messages (fade-out animation) are no longer "shown".
      .filter((el) => !el.closest('[class*="-leave"]'))
      .map((el) => el.textContent?.trim() ?? '')
      .filter(Boolean);
    return messages.map((message) => ({ field, label, message }));
  });
}

export function installReplicaApi(router: Router): void {
  const api = Object.freeze({
    variants: () => [...variants],
    /** The page's own delays so far (copies). */
    waits: () => waitLog.map((w) => ({ ...w })),
    /** performance.now() of every change of the registered pages' models or file lists. */
    changeTimes: () => [...changeLog],
    snapshot: () => {
      const state = current;
      const files: Record<string, FileLike[]> = {};
      for (const [key, list] of Object.entries(state?.files() ?? {})) {
        files[key] = (list ?? []).map((f) => ({
          name: f.name,
          type: f.type ?? '',
          size: f.size ?? 0,
          status: f.status ?? '',
        }));
      }
      return plain({
        route: router.currentRoute.value.path,
        page: state?.page ?? null,
        step: state ? state.step() : null,
        model: state ? state.model() : {},
        files,
        errors: shownErrors(),
      });
    },
  });
  Object.defineProperty(window, '__replica', { value: api, writable: false, configurable: false, enumerable: false });
}
