// Import: check everything first (size before parsing, format, version, every profile, every image), then write
// all in one store call or nothing. Existing ids are never overwritten: they come back as conflicts to resolve.
import { base64DecodedLength, base64ToBytes } from '../encoding/base64';
import type { FieldLink } from '../fill/links';
import { t, uiError } from '../i18n';
import { imageRefs, refsWithPaths, type ImageBytes as StoredAttachment } from '../profile/image-paths';
import { migrateProfileList } from '../profile/migrations';
import { cutGraphemes, MAX_NAME_LENGTH, quotable } from '../profile/names';
import { MAX_PROFILES, PROFILE_SCHEMA_VERSION, type Profile, ProfileSchema, schemaErrors } from '../profile/schema';
import {
  checkImageBytes,
  type ImageType,
  inspectImage,
  MAX_IMAGE_BYTES,
  MAX_LOGO_BYTES,
  sniffImageType,
  typeName,
} from '../rules/files';
import { EXPORT_FORMAT, ExportEnvelopeSchema, MAX_IMPORT_BYTES } from './format';
import { fileLinks, importLinks, type LinksOutcome, type LinkTarget } from './import-links';
import { describeFilePath, describeProfilePath } from './path-label';
import { problemList } from './problem-list';
import { findForbiddenKey, utf8Length } from './safe-json';

export interface ImportTarget extends LinkTarget {
  list(): Promise<Profile[]>;
  addMany(profiles: readonly Profile[], newAttachments: Readonly<Record<string, StoredAttachment>>): Promise<void>;
}

export interface Conflict {
  index: number;
  id: string;
  displayName: string;
  existingDisplayName: string;
}
export type ConflictDecision = 'copy' | 'skip';

export interface ImportPlan {
  fileName: string;
  profiles: Profile[];
  attachments: Map<string, StoredAttachment>;
  conflicts: Conflict[];
  /** The file's taught fields that name a field of their page (the others do nothing and are dropped). */
  fieldLinks: FieldLink[];
}

export type PlanResult = { ok: true; plan: ImportPlan } | { ok: false; errors: string[] };

export interface ImportOptions {
  fileName: string;
  maxBytes?: number;
  /**
   * Decodes an image (the options page: createImageBitmap) and gives its size; throws when it cannot. lib has no
   * decoder: without one, images are checked by their structure only (lib/rules/files.ts).
   */
  decode?: (bytes: Uint8Array, type: ImageType) => Promise<{ width: number; height: number }>;
}

/** Reads and checks a file; writes nothing. */
export async function planImport(
  input: string | Uint8Array,
  target: ImportTarget,
  opts: ImportOptions,
): Promise<PlanResult> {
  const file = opts.fileName;
  const fail = (error: string): PlanResult => ({ ok: false, errors: [error] });
  const errors = problemList();
  const max = opts.maxBytes ?? MAX_IMPORT_BYTES;
  const size = typeof input === 'string' ? utf8Length(input) : input.length;
  if (size > max) return fail(t('import_too_big', file, mb(size), mb(max)));

  let text: string;
  try {
    text = typeof input === 'string' ? input : new TextDecoder('utf-8', { fatal: true }).decode(input);
  } catch {
    return fail(t('import_not_utf8', file));
  }
  let raw: unknown;
  try {
    // Plain parse: `__proto__` stays an own key (JSON.parse never calls the setter) so it can be found and refused.
    raw = JSON.parse(text);
  } catch (e) {
    return fail(t('import_not_json', file, (e as Error).message));
  }
  const forbidden = findForbiddenKey(raw);
  if (forbidden) {
    const key = forbidden.pop();
    return fail(t('import_forbidden_key', file, describeFilePath(forbidden), String(key)));
  }

  const format = (raw as { format?: unknown } | null)?.format;
  if (format !== EXPORT_FORMAT) return fail(t('import_wrong_format', file, EXPORT_FORMAT));
  const version = (raw as { schemaVersion?: unknown }).schemaVersion;
  if (typeof version === 'number' && version > PROFILE_SCHEMA_VERSION) {
    return fail(t('import_newer_version', file, version, PROFILE_SCHEMA_VERSION));
  }
  // Counted before any profile is parsed: 25 000 `{}` are a 75 KB file and 100 000 problems.
  const count = (raw as { profiles?: unknown }).profiles;
  if (Array.isArray(count) && count.length > MAX_PROFILES) {
    return fail(t('import_too_many', file, count.length, MAX_PROFILES));
  }
  const env = ExportEnvelopeSchema.safeParse(raw, { error: schemaErrors() });
  if (!env.success) {
    for (const i of env.error.issues) errors.add(t('import_file_problem', file, describeFilePath(i.path), i.message));
    return { ok: false, errors: errors.lines() };
  }

  let migrated: unknown;
  try {
    migrated = migrateProfileList(env.data.profiles, env.data.schemaVersion);
  } catch (e) {
    return fail(t('import_cannot_upgrade', file, env.data.schemaVersion, (e as Error).message));
  }
  const list = Array.isArray(migrated) ? migrated : [];
  const profiles: Profile[] = [];
  list.forEach((item, i) => {
    const name = nameOf(item);
    const r = ProfileSchema.safeParse(item, { error: schemaErrors() });
    if (!r.success) {
      for (const issue of r.error.issues) {
        const field = describeProfilePath(issue.path) || t('path_content');
        errors.add(
          name
            ? t('import_named_problem', file, i + 1, name, field, issue.message)
            : t('import_unnamed_problem', file, i + 1, field, issue.message),
        );
      }
    } else profiles.push(r.data);
  });

  const attachments = new Map<string, StoredAttachment>();
  const toDecode: { where: string; bytes: Uint8Array; type: ImageType; width: number; height: number }[] = [];
  const seenIds = new Set<string>();
  profiles.forEach((p, i) => {
    const where = t('import_where', file, i + 1, p.displayName);
    if (seenIds.has(p.id)) errors.add(t('import_duplicate_id', where, p.id));
    seenIds.add(p.id);
    // Person ids are what 负责人/安全负责人 point at; a repeated one would make those links ambiguous.
    for (const list of ['people', 'websites', 'apps'] as const) {
      const seen = new Set<string>();
      p[list].forEach((item, j) => {
        if (seen.has(item.id))
          errors.add(t('import_duplicate_item', where, describeProfilePath([list, j, 'id']), item.id));
        seen.add(item.id);
      });
    }
    for (const { ref, path } of refsWithPaths(p)) {
      const field = describeProfilePath(path);
      const entry = Object.hasOwn(env.data.attachments, ref.id) ? env.data.attachments[ref.id] : undefined;
      if (!entry) {
        errors.add(t('import_image_missing', where, field));
        continue;
      }
      const limit = path.includes('logo') ? MAX_LOGO_BYTES : MAX_IMAGE_BYTES;
      if (base64DecodedLength(entry.dataBase64) > limit) {
        errors.add(t('import_image_too_big', where, field, mb(limit)));
        continue;
      }
      const bytes = base64ToBytes(entry.dataBase64);
      if (!bytes) {
        errors.add(t('import_image_base64', where, field));
        continue;
      }
      const problems = checkImageBytes(bytes, { path: '', field: '' }, limit);
      const sniffed = sniffImageType(bytes);
      const inspected = inspectImage(bytes);
      if (problems.length) errors.add(t('import_image_problem', where, field, problems[0]?.message ?? ''));
      else if (sniffed !== ref.type) {
        errors.add(t('import_type_vs_profile', where, field, typeName(sniffed), typeName(ref.type)));
      } else if (sniffed !== entry.type) {
        const data = describeFilePath(['attachments', ref.id, 'type']);
        errors.add(t('import_type_vs_data', where, field, typeName(sniffed), data, typeName(entry.type)));
      } else if (!inspected.ok) errors.add(t('import_image_problem', where, field, inspected.problem));
      else if (bytes.length !== ref.size) {
        errors.add(t('import_size_mismatch', where, field, bytes.length, ref.size));
      } else {
        attachments.set(ref.id, { type: sniffed, bytes });
        toDecode.push({ where: t('import_where_field', where, field), bytes, ...inspected.info });
      }
    }
  });
  if (errors.count) return { ok: false, errors: errors.lines() };
  if (opts.decode) {
    for (const image of toDecode) {
      const size = await opts.decode(image.bytes, image.type).catch(() => null);
      if (!size) errors.add(t('import_undecodable', image.where, typeName(image.type)));
      // EXIF orientation may swap the sides of a decoded JPEG.
      else if (!sameSize(size, image) && !sameSize(size, { width: image.height, height: image.width })) {
        errors.add(t('import_decoded_size', image.where));
      }
    }
    if (errors.count) return { ok: false, errors: errors.lines() };
  }

  const stored = await target.list();
  const existing = new Map(stored.map((p) => [p.id, p.displayName]));
  const conflicts = profiles.flatMap((p, index) => {
    const existingDisplayName = existing.get(p.id);
    return existingDisplayName === undefined
      ? []
      : [{ index, id: p.id, displayName: p.displayName, existingDisplayName }];
  });
  // Even with every conflicting profile skipped, the store would pass the limit.
  const added = profiles.length - conflicts.length;
  if (stored.length + added > MAX_PROFILES) {
    return fail(t('import_over_limit', file, added, stored.length, MAX_PROFILES));
  }
  const fieldLinks = fileLinks(env.data.fieldLinks);
  return { ok: true, plan: { fileName: opts.fileName, profiles, attachments, conflicts, fieldLinks } };
}

export interface ApplyOptions {
  /** Per conflicting profile id; a conflict without a decision stops the import before anything is written. */
  decisions?: Readonly<Record<string, ConflictDecision>>;
  newId?: () => string;
}

export interface ImportResult {
  imported: Profile[];
  skipped: string[];
  /** How many taught fields came with the file, and why they could not be kept (the profiles are saved). */
  links: LinksOutcome;
}

/** Writes a checked plan in one store call. Every image gets a fresh id so nothing stored is overwritten. */
export async function applyImport(
  plan: ImportPlan,
  target: ImportTarget,
  opts: ApplyOptions = {},
): Promise<ImportResult> {
  const newId = opts.newId ?? (() => crypto.randomUUID());
  const undecided = plan.conflicts.filter((c) => !opts.decisions?.[c.id]);
  if (undecided.length) {
    const names = undecided.map((c) => c.displayName).join(t('import_names_join'));
    throw uiError(new Error(t('import_undecided', names)));
  }
  const conflictIds = new Set(plan.conflicts.map((c) => c.id));
  const skipped: string[] = [];
  const imported: Profile[] = [];
  const attachments: Record<string, StoredAttachment> = {};
  for (const original of plan.profiles) {
    const decision = conflictIds.has(original.id) ? opts.decisions?.[original.id] : undefined;
    if (decision === 'skip') {
      skipped.push(original.id);
      continue;
    }
    const p = structuredClone(original);
    if (decision === 'copy') {
      p.id = newId();
      // Room for the suffix ("（副本）", " (copy)"): the copy's name stays within MAX_NAME_LENGTH graphemes.
      const room = MAX_NAME_LENGTH - [...t('import_copy_name', '')].length;
      p.displayName = t('import_copy_name', cutGraphemes(p.displayName, room));
    }
    for (const ref of imageRefs(p)) {
      const data = plan.attachments.get(ref.id);
      if (!data) throw new Error(`internal: image ${ref.id} was not checked`);
      ref.id = newId();
      attachments[ref.id] = data;
    }
    imported.push(p);
  }
  await target.addMany(imported, attachments);
  return { imported, skipped, links: await importLinks(plan.fieldLinks, target) };
}

export type ImportOutcome =
  | { status: 'rejected'; errors: string[] }
  | { status: 'conflicts'; conflicts: Conflict[]; plan: ImportPlan }
  | ({ status: 'imported' } & ImportResult);

/** Plan + apply in one call. With conflicts and no decision for each, nothing is written and they are returned. */
export async function importProfiles(
  input: string | Uint8Array,
  target: ImportTarget,
  opts: ImportOptions & ApplyOptions,
): Promise<ImportOutcome> {
  const r = await planImport(input, target, opts);
  if (!r.ok) return { status: 'rejected', errors: r.errors };
  if (r.plan.conflicts.some((c) => !opts.decisions?.[c.id])) {
    return { status: 'conflicts', conflicts: r.plan.conflicts, plan: r.plan };
  }
  return { status: 'imported', ...(await applyImport(r.plan, target, opts)) };
}

/** The name a profile of the file shows in its problems; '' when it has none. */
function nameOf(item: unknown): string {
  const n = (item as { displayName?: unknown } | null)?.displayName;
  return typeof n === 'string' ? cutGraphemes(quotable(n).trim(), MAX_NAME_LENGTH) : '';
}

const sameSize = (a: { width: number; height: number }, b: { width: number; height: number }) =>
  a.width === b.width && a.height === b.height;

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1).replace(/\.0$/, '')}MB`;
