import { t } from '../i18n';
import type { PageKey } from '../platform/types';
import type { ImageRef } from '../profile/schema';
import type { FieldLink } from './links';

/** What one field receives: text, a choice's label, several labels, a region's names, a range, or images. */
export type PayloadValue = string | boolean | readonly string[] | readonly ImageRef[];

/** What the page recognition found; `nature` is the subject page's 开办主体性质 as shown. */
export interface PageState {
  form: 'subject' | 'website' | 'app' | null;
  /** The map to fill with, or null when the form (or step) has nothing to fill. */
  page: PageKey | null;
  /** 1-based wizard step for 新办网站申请 (4 = 提示说明, nothing to fill). */
  step?: number;
  nature?: '单位' | '个人' | null;
  /** What the recognition went by, in the user's words (标题「新办网站申请」, 步骤条「网站基本信息」…). */
  evidence?: string[];
}

export type FillMode = 'empty-only' | 'overwrite';

/** Only the values of the page being filled; images come one by one with the token. */
export interface FillPayload {
  page: PageKey;
  mode: FillMode;
  values: Record<string, PayloadValue>;
  /** One-time token for this fill's image requests. */
  token: string;
  /** The fields the user taught for this page (这是…). */
  links?: FieldLink[];
}

export type FieldOutcome = 'filled' | 'kept' | 'not-on-page' | 'not-in-profile' | 'failed' | 'skipped';

export interface FieldReport {
  key: string;
  section: string;
  label: string;
  outcome: FieldOutcome;
  /** Chinese reason for failed / skipped fields. */
  reason?: string;
  /** Time spent on this field, for the benchmark. */
  ms?: number;
}

/** A required form item of the page whose control is empty. */
export interface MissingField {
  /** The section as shown ('' for none or one we do not know). */
  section: string;
  /** The section as the collector names it, which a taught link keeps ('?…' for one we do not know). */
  sectionKey: string;
  label: string;
  /** Index among the page's required items, to scroll to it. */
  index: number;
  /** Profile fields it may be, most likely first, for the user to confirm (这是…). */
  likely?: { key: string; field: string }[];
}

/** A page item that looks like one of ours but not surely enough to fill: the user may confirm it. */
export interface Suggestion {
  section: string;
  /** The label as the page shows it. */
  label: string;
  /** The profile field it may be (payload key and its label). */
  key: string;
  field: string;
}

export interface FillReport {
  page: PageKey;
  fields: FieldReport[];
  suggestions?: Suggestion[];
  /** Required items on the page that no field map knows (a platform change must show). */
  unknownRequired: string[];
  missing: MissingField[];
  durationMs: number;
}

/** Each outcome's name in the browser's UI language, looked up when shown. */
export const OUTCOME_LABELS: Readonly<Record<FieldOutcome, string>> = {
  get filled() {
    return t('outcome_filled');
  },
  get kept() {
    return t('outcome_kept');
  },
  get 'not-on-page'() {
    return t('outcome_not_on_page');
  },
  get 'not-in-profile'() {
    return t('outcome_not_in_profile');
  },
  get failed() {
    return t('outcome_failed');
  },
  get skipped() {
    return t('outcome_skipped');
  },
};

/** An image reference among payload values (the other object values are regions). */
export const isImageRef = (v: unknown): v is ImageRef =>
  typeof v === 'object' && v !== null && 'id' in v && 'type' in v;
