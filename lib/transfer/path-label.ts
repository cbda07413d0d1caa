// Turns a zod issue path inside one profile into the Chinese field it names:
// ['websites', 0, 'access', 'name'] → `网站 1 的网络接入服务商名称`.
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
const REGION_PARTS: Table = { codes: '代码', names: '名称' };

export function describeProfilePath(path: readonly PropertyKey[]): string {
  let labels: Table = PROFILE_LABELS;
  const parts: string[] = [];
  for (const seg of path) {
    if (typeof seg === 'number') {
      // List items read "网站 1", "运行截图 3".
      parts.push(`${parts.pop() ?? ''} ${seg + 1}`);
      continue;
    }
    const key = String(seg);
    const silent = Object.hasOwn(SILENT, key) ? SILENT[key] : undefined;
    if (silent) {
      labels = silent;
      continue;
    }
    parts.push(Object.hasOwn(labels, key) ? (labels[key] ?? key) : (REGION_PARTS[key] ?? key));
    const list = Object.hasOwn(LISTS, key) ? LISTS[key] : undefined;
    if (list) labels = list;
    else if (IMAGE_FIELDS.has(key)) labels = IMAGE_LABELS;
  }
  return parts.join(' 的');
}
