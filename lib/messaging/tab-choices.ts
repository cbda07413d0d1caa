// The profile each tab's panel chose. It is the tab's, not the store's: a panel (or a page posing as one) never
// changes the stored active profile the popup and the shortcut start from. Kept in storage.session (background and
// extension pages only) so that a restarted service worker still knows it; dropped when the tab closes.
import { storage } from 'wxt/utils/storage';

const KEY = 'session:panelChoices' as const;
type Choices = Record<string, string>;

export function createTabChoices() {
  let cache: Choices | null = null;
  const load = async () => {
    cache ??= (await storage.getItem<Choices>(KEY).catch(() => null)) ?? {};
    return cache;
  };
  const save = (next: Choices) => {
    cache = next;
    return storage.setItem(KEY, next).catch(() => undefined);
  };
  return {
    get: async (tabId: number): Promise<string | undefined> => (await load())[String(tabId)],
    async set(tabId: number, profileId: string) {
      await save({ ...(await load()), [String(tabId)]: profileId });
    },
    async forget(tabId: number) {
      const { [String(tabId)]: _, ...rest } = await load();
      await save(rest);
    },
  };
}
