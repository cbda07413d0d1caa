// 保存到资料, the page side: every matched field's shown value, read through the same snapshot, matcher and drivers
// the fill uses. Only reads: no value is written into the page, and the result goes to the background only.
import type { CapturedField, CapturedImage, PageCapture, SkippedItem } from '../capture/types';
import { base64ToBytes, bytesToBase64 } from '../encoding/base64';
import { matchFields } from '../fill/match';
import { t } from '../i18n';
import { ANTD, ANTD_CLASS } from '../platform/antd';
import { PAGE_MAPS } from '../platform/index';
import { driverFor } from '../platform/widgets';
import { sniffImageType } from '../rules/files';
import { DRIVERS } from './drivers';
import { snapshotPage } from './snapshot';

/** Larger than the platform allows (5 MB); the review checks the real limit. */
const MAX_IMAGE_BYTES = 10 * 1024 * 1024;

type ImageRead = { image: CapturedImage } | { reason: string };

async function bytesOf(src: string, doc: Document): Promise<Uint8Array | string> {
  let url: URL;
  try {
    url = new URL(src, doc.baseURI);
  } catch {
    return t('read_image_bad_url');
  }
  if (url.protocol === 'data:') {
    const m = /^data:[^,;]*(;[^,]*)?,(.*)$/s.exec(src);
    const bytes = m?.[1]?.includes('base64') ? base64ToBytes(m[2] ?? '') : null;
    return bytes ?? t('read_image_unreadable');
  }
  // Only what this page serves itself: its own origin, or a blob it made. Another site's image is not read.
  if (url.protocol !== 'blob:' && url.origin !== doc.location.origin) return t('read_image_foreign');
  try {
    const response = await fetch(url.href, { credentials: 'same-origin' });
    if (!response.ok) return t('read_image_status', response.status);
    const length = Number(response.headers.get('content-length') ?? 0);
    if (length > MAX_IMAGE_BYTES) return t('read_image_too_big');
    return new Uint8Array(await response.arrayBuffer());
  } catch {
    return t('read_image_missing');
  }
}

async function readImage(entry: Element, doc: Document): Promise<ImageRead> {
  const img = entry.querySelector('img');
  const src = img?.getAttribute('src') ?? '';
  if (!src) return { reason: t('read_image_not_shown') };
  const bytes = await bytesOf(src, doc);
  if (typeof bytes === 'string') return { reason: bytes };
  if (bytes.length > MAX_IMAGE_BYTES) return { reason: t('read_image_too_big') };
  const type = sniffImageType(bytes);
  if (!type) return { reason: t('read_image_type') };
  const name = (img?.getAttribute('alt') || entry.getAttribute('title') || '').trim() || t('read_image_name');
  return { image: { name: name.slice(0, 255), type, dataBase64: bytesToBase64(bytes) } };
}

/** The uploaded images of an upload item, as the page shows them; each one it cannot read is named with why. */
export async function readUploads(item: HTMLElement, doc: Document) {
  const images: CapturedImage[] = [];
  const reasons: string[] = [];
  const entries = [...item.querySelectorAll(ANTD.uploadListItem)].filter(
    (el) => !el.classList.contains(ANTD_CLASS.uploadListItemError),
  );
  for (const entry of entries.slice(0, 6)) {
    const read = await readImage(entry, doc);
    if ('image' in read) images.push(read.image);
    else reasons.push(read.reason);
  }
  return { images, reasons };
}

const isValue = (v: unknown): v is CapturedField['value'] =>
  typeof v === 'boolean' ||
  (typeof v === 'string' && v.trim() !== '') ||
  (Array.isArray(v) && v.some((x) => typeof x === 'string' && x.trim() !== ''));

/** What the open page shows for every field the matcher pairs with an item; null on a page with nothing to read. */
export async function readPageValues(doc: Document, now = new Date()): Promise<PageCapture | null> {
  const snapshot = snapshotPage(doc);
  const { page, form } = snapshot.state;
  if (!page || !form) return null;
  const fields: CapturedField[] = [];
  const skipped: SkippedItem[] = [];
  for (const m of matchFields(PAGE_MAPS[page], snapshot.items).matches) {
    if (!m.item?.widget) continue;
    const { spec, item } = m;
    const widget = driverFor(spec, item.widget as NonNullable<typeof item.widget>);
    let value: unknown;
    try {
      value = DRIVERS[widget].read(item.element);
    } catch {
      continue;
    }
    if (!isValue(value)) continue;
    const base = { key: spec.key, section: item.section, label: item.label || spec.labels[0] || spec.key };
    if (widget === 'upload') {
      const { images, reasons } = await readUploads(item.element, doc);
      for (const reason of reasons) skipped.push({ section: base.section, label: base.label, reason });
      if (images.length > 0) fields.push({ ...base, value: images.map((i) => i.name), images });
      continue;
    }
    const clean =
      typeof value === 'string' ? value.trim() : Array.isArray(value) ? value.map((v) => String(v).trim()) : value;
    fields.push({ ...base, value: clean });
  }
  return { page, form, fields, skipped, capturedAt: now.toISOString() };
}
