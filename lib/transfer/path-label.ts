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
    parts.push(Object.hasOwn(labels, key) ? (labels[key] ?? key) : (REGION_PARTS[key] ?? key));
    const list = Object.hasOwn(LISTS, key) ? LISTS[key] : undefined;
    if (list) labels = list;
    else if (IMAGE_FIELDS.has(key)) labels = IMAGE_LABELS;
  });
  return parts.join(' 的');
}

const ENVELOPE: Table = {
  format: '文件格式',
  schemaVersion: '数据版本',
  exportedAt: '导出时间',
  profiles: '档案列表',
  attachments: '图片数据',
};
const ATTACHMENT: Table = { type: '类型', dataBase64: '内容' };

/** A path in the whole export file: `['attachments', 'x', 'type']` → `图片数据「x」的类型`. */
export function describeFilePath(path: readonly PropertyKey[]): string {
  const [top, second, ...rest] = path;
  if (top === undefined) return '文件结构';
  const head = Object.hasOwn(ENVELOPE, String(top)) ? (ENVELOPE[String(top)] ?? '') : String(top).slice(0, 64);
  if (second === undefined) return head;
  if (top === 'profiles' && typeof second === 'number') {
    return `第 ${second + 1} 个档案${rest.length ? `的${describeProfilePath(rest)}` : ''}`;
  }
  if (top === 'attachments') {
    // Ids come from the file: cut them so a huge key cannot make a huge message.
    const id = String(second);
    const named = `${head}「${id.length > 64 ? `${id.slice(0, 64)}…` : id}」`;
    const field = rest[0] === undefined ? '' : (ATTACHMENT[String(rest[0])] ?? String(rest[0]).slice(0, 64));
    return field ? `${named}的${field}` : named;
  }
  return `${head} 的${path.slice(1).map(String).join('.').slice(0, 64)}`;
}
