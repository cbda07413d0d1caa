import { APP_PAGE } from './app';
import { SUBJECT_PAGE } from './subject';
import type { PageKey, PageMap } from './types';
import { WEBSITE_STEP1, WEBSITE_STEP2, WEBSITE_STEP3 } from './website';

export type { FieldCondition, FieldSpec, PageKey, PageMap, WidgetKind } from './types';

export const PAGE_MAPS: Record<PageKey, PageMap> = {
  subject: SUBJECT_PAGE,
  'website-1': WEBSITE_STEP1,
  'website-2': WEBSITE_STEP2,
  'website-3': WEBSITE_STEP3,
  app: APP_PAGE,
};

/** Every section title any page uses; the collector looks for these in the page's text. */
export const ALL_SECTION_TITLES: readonly string[] = [...new Set(Object.values(PAGE_MAPS).flatMap((m) => m.sections))];
