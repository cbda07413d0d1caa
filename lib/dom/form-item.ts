// What the collector and the drivers both read of an antd form item, apart from collect.ts so that the drivers
// (which collect.ts lists) do not import it back.
import { ANTD } from '../platform/antd';
import { textOf } from './events';

/** The inputs the text driver fills; a password or any other type is never a text field. */
export const TEXT_INPUT = 'input:not([type]), input[type="text"], input[type="tel"], input[type="email"]';

export const labelOf = (item: Element): string => textOf(item.querySelector(ANTD.ownLabel));
