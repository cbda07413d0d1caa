// Adapter to lib/transfer (export / import of profiles). Until it lands: a versioned JSON document, checked with
// the profile schema, every rejection in Chinese.
import { PROFILE_SCHEMA_VERSION, type Profile, ProfileSchema } from '../../lib/profile/schema';

export const TRANSFER_FORMAT = 'beian-autofill.profiles';

export function exportProfiles(profiles: readonly Profile[]): string {
  return `${JSON.stringify({ format: TRANSFER_FORMAT, version: PROFILE_SCHEMA_VERSION, profiles }, null, 2)}\n`;
}

export type ImportResult = { ok: true; profiles: Profile[] } | { ok: false; errors: string[] };

export function importProfiles(text: string): ImportResult {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    return { ok: false, errors: ['文件不是有效的 JSON，无法读取。请选择本扩展“导出”的 .json 文件。'] };
  }
  if (typeof doc !== 'object' || doc === null || (doc as { format?: unknown }).format !== TRANSFER_FORMAT) {
    return { ok: false, errors: ['这不是本扩展导出的资料文件（缺少格式标识）。'] };
  }
  const { version, profiles } = doc as { version?: unknown; profiles?: unknown };
  if (typeof version !== 'number' || version > PROFILE_SCHEMA_VERSION) {
    return {
      ok: false,
      errors: [`文件版本 ${String(version)} 比本扩展支持的版本 ${PROFILE_SCHEMA_VERSION} 新，请先升级扩展。`],
    };
  }
  if (!Array.isArray(profiles) || profiles.length === 0) return { ok: false, errors: ['文件中没有资料。'] };
  const out: Profile[] = [];
  const errors: string[] = [];
  profiles.forEach((raw, i) => {
    const parsed = ProfileSchema.safeParse(raw);
    if (parsed.success) out.push(parsed.data);
    else {
      const issue = parsed.error.issues[0];
      errors.push(`第 ${i + 1} 份资料无效：${issue?.path.join('.') || '（整体）'} ${issue?.message ?? ''}`.trim());
    }
  });
  return errors.length ? { ok: false, errors } : { ok: true, profiles: out };
}
