// What 保存到资料 reads off a filing page: each matched field's shown value, in the widget's own terms (labels, not
// the profile's codes). The content script builds it; the background checks its shape, since nothing the page
// controls may reach the store unchecked.
import { z } from 'zod';
import type { FormKey, PageKey } from '../platform/types';

/** An image the page showed for an upload, as bytes it served itself. */
export interface CapturedImage {
  name: string;
  type: string;
  dataBase64: string;
}

export interface CapturedField {
  /** The payload key of the field map (`principal.idNo`, `website.access.region`). */
  key: string;
  section: string;
  label: string;
  /** Text, a choice's label, a flag, or a list (labels, rows, a range, a cascader's names, file names). */
  value: string | boolean | string[];
  /** Uploads: the images that could be read (the others are in `skipped`). */
  images?: CapturedImage[];
  /** Cascaders: GB/T 2260 codes for the names, added by the background; null when a name is unknown. */
  codes?: string[] | null;
}

export interface SkippedItem {
  section: string;
  label: string;
  reason: string;
}

export interface PageCapture {
  page: PageKey;
  form: FormKey;
  fields: CapturedField[];
  skipped: SkippedItem[];
  capturedAt: string;
}

/** What the background keeps for a tab: the pages of one form, the latest capture of each. */
export interface TabCapture {
  form: FormKey;
  pages: PageCapture[];
  /** The tab's title when captured, to tell captures apart in the review. */
  title: string;
}

const MAX_TEXT = 4000;
/** Base64 of a 10 MB image; the rules' own limits (5 MB) are checked in the review. */
const MAX_IMAGE_B64 = 14_000_000;

const str = (max = MAX_TEXT) => z.string().max(max);
const PAGE_KEYS = ['subject', 'website-1', 'website-2', 'website-3', 'app'] as const;

export const PageCaptureSchema = z.object({
  page: z.enum(PAGE_KEYS),
  form: z.enum(['subject', 'website', 'app']),
  fields: z
    .array(
      z.object({
        key: str(100),
        section: str(100),
        label: str(100),
        value: z.union([str(), z.boolean(), z.array(str()).max(60)]),
        images: z
          .array(z.object({ name: str(255), type: str(50), dataBase64: str(MAX_IMAGE_B64) }))
          .max(6)
          .optional(),
        codes: z
          .array(z.string().regex(/^\d{2,6}$/))
          .max(3)
          .nullable()
          .optional(),
      }),
    )
    .max(120),
  skipped: z.array(z.object({ section: str(100), label: str(100), reason: str(200) })).max(120),
  capturedAt: z.iso.datetime(),
});

/** Adds a page to what a tab holds: the same form keeps its other pages (the wizard's steps build one website). */
export function addPage(held: TabCapture | null, page: PageCapture, title: string): TabCapture {
  if (!held || held.form !== page.form) return { form: page.form, pages: [page], title };
  return { form: page.form, pages: [...held.pages.filter((p) => p.page !== page.page), page], title };
}
