// Form items as lib/dom collects them, for the matcher's and planner's unit tests: in page order, required and
// empty unless `over` says otherwise.
import type { SnapshotItem } from '../../lib/fill/plan';

export type ItemOf = (
  section: string,
  label: string,
  widget: SnapshotItem['widget'],
  over?: Partial<SnapshotItem>,
) => SnapshotItem;

/** A maker whose items are numbered from 0 in the order they are made. */
export function itemMaker(): ItemOf {
  let next = 0;
  return (section, label, widget, over = {}) => ({
    index: next++,
    section,
    label,
    widget,
    required: true,
    value: null,
    ...over,
  });
}
