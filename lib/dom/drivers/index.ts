import type { WidgetKind } from '../../platform/types';
import { cascaderDriver } from './cascader';
import { checkboxDriver, checkboxGroupDriver, radioDriver } from './choice';
import { dateDriver, dateRangeDriver } from './date';
import { repeatDriver } from './repeat';
import { multiSelectDriver, selectDriver } from './select';
import { textDriver } from './text';
import type { WidgetDriver } from './types';
import { uploadDriver } from './upload';

export type { DriverContext, WidgetDriver } from './types';

export const DRIVERS: Record<WidgetKind, WidgetDriver> = {
  text: textDriver,
  textarea: textDriver,
  select: selectDriver,
  multiselect: multiSelectDriver,
  cascader: cascaderDriver,
  date: dateDriver,
  daterange: dateRangeDriver,
  radio: radioDriver,
  checkbox: checkboxDriver,
  checkboxgroup: checkboxGroupDriver,
  upload: uploadDriver,
  repeat: repeatDriver,
};
