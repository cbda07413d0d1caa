// The editor's address of one field: options.html#field=<profile path>&profile=<id>. The popup, the panel (through
// the background) and the editor's own lists link a rule's finding to its input with it; the path is the one the
// rules report (`subject.unit.name`, `websites.0.domain`).

const PATH = /^[A-Za-z0-9_.]{1,120}$/;
// Profile ids are 1–64 characters of any kind (an imported file may bring them): the hash encodes them.

export interface FieldTarget {
  profileId: string;
  path: string;
}

export const isFieldTarget = (t: unknown): t is FieldTarget =>
  typeof t === 'object' &&
  t !== null &&
  typeof (t as FieldTarget).path === 'string' &&
  typeof (t as FieldTarget).profileId === 'string' &&
  PATH.test((t as FieldTarget).path) &&
  (t as FieldTarget).profileId.length > 0 &&
  (t as FieldTarget).profileId.length <= 64;

export function fieldHash(target: FieldTarget): string {
  return `#field=${encodeURIComponent(target.path)}&profile=${encodeURIComponent(target.profileId)}`;
}

/** The target of an editor address, or null for any other hash (#sec-people, #review…). */
export function readFieldHash(hash: string): FieldTarget | null {
  if (!hash.startsWith('#field=')) return null;
  const params = new URLSearchParams(hash.slice(1));
  const target = { path: params.get('field') ?? '', profileId: params.get('profile') ?? '' };
  return isFieldTarget(target) ? target : null;
}

/** The editor section a path belongs to, for a finding about a whole website, app or role ("请先选择要填写的网站"). */
export function sectionOf(path: string): string {
  const head = path.split('.')[0] ?? '';
  if (head === 'websites' || head === 'website') return 'sec-websites';
  if (head === 'apps' || head === 'app') return 'sec-apps';
  if (head === 'subject' || head === 'unit') return 'sec-subject';
  return 'sec-people';
}
