// Test-only instrumentation: `window.__replica` (see ../README.md). Everything returned is a deep,
// JSON-safe copy so tests can never mutate the app's state through it.
import { toRaw } from 'vue';
import type { Router } from 'vue-router';
import { variants } from './variants';

export type PageName = 'subject' | 'website' | 'app' | 'home';

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

/** Called by a page in setup(); the returned function unregisters it (call it from onUnmounted). */
export function registerPage(state: PageState): () => void {
  current = state;
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
