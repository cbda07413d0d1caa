import { APP_PAGE } from './app';
import { FORMS } from './forms';
import { SUBJECT_PAGE } from './subject';
import type { FormKey, PageKey, PageMap, SectionSpec } from './types';
import { WEBSITE_STEP1, WEBSITE_STEP2, WEBSITE_STEP3 } from './website';

export { ANTD } from './antd';
export { FORM_TITLES, FORMS } from './forms';
export type {
  FieldCondition,
  FieldSpec,
  FormKey,
  FormSpec,
  PageKey,
  PageMap,
  SectionSpec,
  StepSpec,
  WidgetKind,
} from './types';

export const PAGE_MAPS: Record<PageKey, PageMap> = {
  subject: SUBJECT_PAGE,
  'website-1': WEBSITE_STEP1,
  'website-2': WEBSITE_STEP2,
  'website-3': WEBSITE_STEP3,
  app: APP_PAGE,
};

export const pagesOf = (form: FormKey): PageMap[] => Object.values(PAGE_MAPS).filter((m) => m.form === form);

/** Every section any page of the form has, once each by title. */
export function sectionsOf(forms: readonly FormKey[]): SectionSpec[] {
  const seen = new Map<string, SectionSpec>();
  for (const map of Object.values(PAGE_MAPS)) {
    if (!forms.includes(map.form)) continue;
    for (const s of map.sections) if (!seen.has(s.title)) seen.set(s.title, s);
  }
  return [...seen.values()];
}

export const ALL_FORMS: readonly FormKey[] = FORMS.map((f) => f.form);

/** Every section title any page uses (for the rules' and the UI's section lists). */
export const ALL_SECTION_TITLES: readonly string[] = sectionsOf(ALL_FORMS).map((s) => s.title);

/** The name of a wizard step in the platform's words (新办网站申请 第2步 → 网站基本信息). */
export const stepName = (form: FormKey, position: number): string =>
  FORMS.find((f) => f.form === form)?.steps.find((s) => s.position === position)?.name ?? '';
