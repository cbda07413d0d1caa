// Export: the chosen profiles and every image they refer to, as one JSON text.

import { bytesToBase64 } from '../encoding/base64';
import type { FieldLink } from '../fill/links';
import { t, uiError } from '../i18n';
import { imageRefs } from '../profile/image-paths';
import { PROFILE_SCHEMA_VERSION, type Profile } from '../profile/schema';
import { EXPORT_FORMAT, type ExportFile } from './format';

export interface ExportSource {
  list(): Promise<Profile[]>;
  getAttachment(id: string): Promise<{ type: 'image/png' | 'image/jpeg'; bytes: Uint8Array } | null>;
  /** The taught fields, exported with the profiles so a second machine fills the same pages. */
  fieldLinks?(): Promise<FieldLink[]>;
}

export class ExportMissingImageError extends Error {
  constructor(
    readonly profile: string,
    readonly imageId: string,
  ) {
    super(t('export_missing_image', profile, imageId));
    uiError(this);
  }
}

/** `ids` = which profiles (all when omitted); `now` is passed in for deterministic files in tests. */
export async function exportProfiles(store: ExportSource, now: Date, ids?: readonly string[]): Promise<string> {
  const all = await store.list();
  const profiles = ids ? all.filter((p) => ids.includes(p.id)) : all;
  const attachments: ExportFile['attachments'] = {};
  for (const p of profiles) {
    for (const ref of imageRefs(p)) {
      if (Object.hasOwn(attachments, ref.id)) continue;
      const a = await store.getAttachment(ref.id);
      if (!a) throw new ExportMissingImageError(p.displayName, ref.id);
      attachments[ref.id] = { type: a.type, dataBase64: bytesToBase64(a.bytes) };
    }
  }
  const file: ExportFile = {
    format: EXPORT_FORMAT,
    schemaVersion: PROFILE_SCHEMA_VERSION,
    exportedAt: now.toISOString(),
    profiles,
    attachments,
    fieldLinks: store.fieldLinks ? await store.fieldLinks() : [],
  };
  return JSON.stringify(file, null, 1);
}

/** A file name like `备案档案-2026-11-28.json` (`filing-profiles-2026-11-28.json` in English); `.加密.json` sealed. */
export const exportFileName = (now: Date, sealed = false) =>
  sealed
    ? t('export_file_name_sealed', now.toISOString().slice(0, 10))
    : t('export_file_name', now.toISOString().slice(0, 10));
