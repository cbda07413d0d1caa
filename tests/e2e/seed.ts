import type { Page } from '@playwright/test';
import { type ImageRef, PROFILE_SCHEMA_VERSION, type Profile } from '../../lib/profile/schema';

/** A valid 1×1 PNG (68 bytes), the bytes behind every image of the sample profile. */
export const TINY_PNG_BASE64 =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

/** Every image a profile refers to. */
export function imagesOf(profile: Profile): ImageRef[] {
  const found: ImageRef[] = [];
  const walk = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      if (typeof o.id === 'string' && typeof o.type === 'string' && typeof o.size === 'number')
        found.push(o as unknown as ImageRef);
      else Object.values(o).forEach(walk);
    }
  };
  walk(profile);
  return found;
}

/**
 * Puts profiles (and a tiny PNG for each of their images) into the extension's store, from an extension page,
 * in lib/store's layout: the versioned profile list, the active id, one key per image and their index.
 */
export async function seedProfiles(extPage: Page, profiles: Profile[], activeId = profiles[0]?.id ?? '') {
  const images = [...new Set(profiles.flatMap(imagesOf).map((ref) => ref.id))];
  await extPage.evaluate(
    async ({ profiles, activeId, images, png, version }) => {
      const items: Record<string, unknown> = {
        profiles,
        profiles$: { v: version },
        activeProfileId: activeId,
        attachmentIndex: images,
      };
      for (const id of images) items[`attachment:${id}`] = { type: 'image/png', data: png };
      await chrome.storage.local.set(items);
    },
    { profiles, activeId, images, png: TINY_PNG_BASE64, version: PROFILE_SCHEMA_VERSION },
  );
}

/** Everything in the extension's storage.local, as text: to prove a step wrote nothing (or nothing readable). */
export const localDump = (extPage: Page): Promise<string> =>
  extPage.evaluate(async () => JSON.stringify(await chrome.storage.local.get(null)));
