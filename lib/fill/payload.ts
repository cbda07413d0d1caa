import type { PageMap, WidgetKind } from '../platform/types';
import { APP_TYPES, SITE_TYPES } from '../profile/options';
import type { Region, SiteType } from '../profile/schema';
import { type Scopes, storedValue } from '../profile/scopes';
import { isImageRef, type PayloadValue } from './types';

/** Values the platform shows differently from how the profile stores them. */
const SHOWN_AS: Record<string, (stored: unknown) => unknown> = {
  'subject.nature': (v) => (v === 'unit' ? '单位' : '个人'),
  'app.appType': (v) => (typeof v === 'string' && v in APP_TYPES ? APP_TYPES[v as keyof typeof APP_TYPES] : undefined),
  // The cascader's two levels by name: the category's label (其他Z), then the sub-category.
  'website.siteType': (v) => {
    const [category, sub] = (v as SiteType | undefined) ?? [];
    return category && category in SITE_TYPES ? [SITE_TYPES[category].label, sub ?? ''] : undefined;
  },
};

function lookup(scopes: Scopes, key: string): unknown {
  const stored = storedValue(scopes, key);
  const shown = SHOWN_AS[key];
  return shown ? shown(stored) : stored;
}

const isRegion = (v: unknown): v is Region => typeof v === 'object' && v !== null && 'names' in v && 'codes' in v;

/** Turns a stored value into what the widget shows; undefined means "the profile has nothing for it". */
export function toWidgetValue(widget: WidgetKind, raw: unknown): PayloadValue | undefined {
  if (raw === undefined || raw === null || raw === '') return undefined;
  switch (widget) {
    case 'checkbox':
      return typeof raw === 'boolean' ? raw : undefined;
    case 'radio':
      if (typeof raw === 'boolean') return raw ? '是' : '否';
      return typeof raw === 'string' ? raw : undefined;
    case 'cascader': {
      const names = isRegion(raw) ? raw.names : Array.isArray(raw) ? raw : [];
      return names.length > 0 && names.every((n) => typeof n === 'string' && n !== '') ? [...names] : undefined;
    }
    case 'upload': {
      const images = (Array.isArray(raw) ? raw : [raw]).filter(isImageRef);
      return images.length > 0 ? images : undefined;
    }
    case 'multiselect':
    case 'checkboxgroup':
    case 'repeat':
    case 'daterange': {
      if (!Array.isArray(raw)) return undefined;
      const items = raw.filter((x): x is string => typeof x === 'string' && x.trim() !== '');
      return items.length > 0 ? items : undefined;
    }
    default:
      return typeof raw === 'string' || typeof raw === 'number' ? String(raw) : undefined;
  }
}

/** Only the values of fields the page map knows: the page never receives the rest of the profile. */
export function buildPayloadValues(map: PageMap, scopes: Scopes): Record<string, PayloadValue> {
  const values: Record<string, PayloadValue> = {};
  for (const field of map.fields) {
    const value = toWidgetValue(field.widget, lookup(scopes, field.key));
    if (value !== undefined) values[field.key] = value;
  }
  return values;
}
