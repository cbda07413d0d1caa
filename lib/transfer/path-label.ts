// Turns a zod issue path inside one profile into the field it names, by the platform's labels (Chinese in both
// languages): ['websites', 0, 'access', 'name'] → `网站 1 的网络接入服务商名称` (English: `网站 1 › 网络接入服务商名称`).
import { type MessageKey, t } from '../i18n';
import {
  ACCESS_LABELS,
  APP_LABELS,
  IMAGE_LABELS,
  PERSON_LABELS,
  PROFILE_LABELS,
  REGISTRAR_LABELS,
  SUBJECT_LABELS,
  UNIT_LABELS,
  WEBSITE_LABELS,
} from '../profile/labels';

type Table = Record<string, string>;
/** Containers whose own name adds nothing (their fields' labels already say 主办单位…, 接入商…). */
const SILENT: Record<string, Table> = {
  subject: SUBJECT_LABELS,
  unit: UNIT_LABELS,
  access: ACCESS_LABELS,
  registrar: REGISTRAR_LABELS,
};
const LISTS: Record<string, Table> = { people: PERSON_LABELS, websites: WEBSITE_LABELS, apps: APP_LABELS };
const IMAGE_FIELDS = new Set(['certImage', 'idFront', 'idBack', 'idHandheld', 'domainCert', 'logo', 'screenshots']);
const REGION_PARTS: Record<string, MessageKey> = { codes: 'path_codes', names: 'path_names' };

export function describeProfilePath(path: readonly PropertyKey[]): string {
  let labels: Table = PROFILE_LABELS;
  const parts: string[] = [];
  path.forEach((seg, at) => {
    if (typeof seg === 'number') {
      // List items read "网站 1", "运行截图 3".
      parts.push(`${parts.pop() ?? ''} ${seg + 1}`);
      return;
    }
    const key = String(seg);
    const silent = Object.hasOwn(SILENT, key) ? SILENT[key] : undefined;
    if (silent) {
      // Silent only when a field inside follows; a path that ends here names the container itself.
      if (at === path.length - 1 && Object.hasOwn(labels, key)) parts.push(labels[key] ?? key);
      labels = silent;
      return;
    }
    const part = Object.hasOwn(REGION_PARTS, key) ? REGION_PARTS[key] : undefined;
    parts.push(Object.hasOwn(labels, key) ? (labels[key] ?? key) : part ? t(part) : key);
    const list = Object.hasOwn(LISTS, key) ? LISTS[key] : undefined;
    if (list) labels = list;
    else if (IMAGE_FIELDS.has(key)) labels = IMAGE_LABELS;
  });
  return parts.length ? parts.reduce((outer, inner) => t('path_sub', outer, inner)) : '';
}

const ENVELOPE: Record<string, MessageKey> = {
  format: 'path_format',
  schemaVersion: 'path_schema_version',
  exportedAt: 'path_exported_at',
  profiles: 'path_profiles',
  attachments: 'path_attachments',
};
const ATTACHMENT: Record<string, MessageKey> = { type: 'path_type', dataBase64: 'path_content' };
const label = (table: Record<string, MessageKey>, key: string): string | undefined => {
  const k = Object.hasOwn(table, key) ? table[key] : undefined;
  return k && t(k);
};

/** A path in the whole export file: `['attachments', 'x', 'type']` → `图片数据「x」的类型`. */
export function describeFilePath(path: readonly PropertyKey[]): string {
  const [top, second, ...rest] = path;
  if (top === undefined) return t('path_file');
  const head = label(ENVELOPE, String(top)) ?? String(top).slice(0, 64);
  if (second === undefined) return head;
  if (top === 'profiles' && typeof second === 'number') {
    return rest.length
      ? t('path_profile_field', second + 1, describeProfilePath(rest))
      : t('path_profile_n', second + 1);
  }
  if (top === 'attachments') {
    // Ids come from the file: cut them so a huge key cannot make a huge message.
    const id = String(second);
    const named = t('path_attachment', head, id.length > 64 ? `${id.slice(0, 64)}…` : id);
    const field = rest[0] === undefined ? '' : (label(ATTACHMENT, String(rest[0])) ?? String(rest[0]).slice(0, 64));
    return field ? t('path_part', named, field) : named;
  }
  return t('path_sub', head, path.slice(1).map(String).join('.').slice(0, 64));
}
