import type { FieldSpec, WidgetKind } from './types';

/**
 * The widgets that can carry a value of each shape: a choice may be a select or a radio group, a date a picker or
 * a plain input, a multi-choice tags or checkboxes. The page decides which one is there.
 */
export const CARRIERS: Record<WidgetKind, readonly WidgetKind[]> = {
  text: ['text', 'textarea'],
  textarea: ['textarea', 'text'],
  select: ['select', 'radio'],
  radio: ['radio', 'select'],
  multiselect: ['multiselect', 'checkboxgroup'],
  checkboxgroup: ['checkboxgroup', 'multiselect'],
  date: ['date', 'text'],
  daterange: ['daterange'],
  cascader: ['cascader'],
  checkbox: ['checkbox', 'checkboxgroup'],
  upload: ['upload'],
  repeat: ['repeat', 'text'],
};

export const carriersOf = (spec: FieldSpec): readonly WidgetKind[] => spec.widgets ?? CARRIERS[spec.widget];

/**
 * The driver for a field the page renders with `shown`: the page's own widget, except a single checkbox drawn as
 * a group of one, which the checkbox driver handles.
 */
export function driverFor(spec: FieldSpec, shown: WidgetKind): WidgetKind {
  if (spec.widget === 'checkbox') return 'checkbox';
  return shown;
}
