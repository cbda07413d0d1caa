import type { Page } from '@playwright/test';
import type { ImageRef, Profile } from '../../lib/profile/schema';

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

/** Puts profiles (and a tiny PNG for each of their images) into the extension's store, from an extension page. */
export async function seedProfiles(extPage: Page, profiles: Profile[], activeId = profiles[0]?.id ?? null) {
  const images = profiles.flatMap(imagesOf).map((ref) => ref.id);
  await extPage.evaluate(
    async ({ profiles, activeId, images, png }) => {
      const items: Record<string, unknown> = {
        'ui.profileIds': profiles.map((p) => p.id),
        'ui.activeProfileId': activeId,
      };
      for (const p of profiles) items[`ui.profile.${p.id}`] = p;
      for (const id of images) items[`ui.attachment.${id}`] = `data:image/png;base64,${png}`;
      await chrome.storage.local.set(items);
    },
    { profiles, activeId, images, png: TINY_PNG_BASE64 },
  );
}
