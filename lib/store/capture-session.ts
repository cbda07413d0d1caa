// The captures of 保存到资料, per tab, until the user reviews them. In memory, mirrored into storage.session
// (background and extension pages only; gone when the browser closes) so a sleeping service worker keeps them; a
// capture too large for the session area stays in memory only.
import { storage } from 'wxt/utils/storage';
import type { TabCapture } from '../capture/types';

const KEY = 'session:captures' as const;
type Held = Record<string, TabCapture>;

export function createCaptureKeeper() {
  let cache: Held | null = null;
  const load = async (): Promise<Held> => {
    cache ??= (await storage.getItem<Held>(KEY).catch(() => null)) ?? {};
    return cache;
  };
  const save = async (next: Held) => {
    cache = next;
    await storage.setItem(KEY, next).catch(() => undefined);
  };
  return {
    get: async (tabId: number): Promise<TabCapture | null> => (await load())[String(tabId)] ?? null,
    all: async (): Promise<[number, TabCapture][]> => Object.entries(await load()).map(([k, v]) => [Number(k), v]),
    async put(tabId: number, capture: TabCapture) {
      await save({ ...(await load()), [String(tabId)]: capture });
    },
    async forget(tabId: number) {
      const { [String(tabId)]: _, ...rest } = await load();
      await save(rest);
    },
  };
}
