import type { PayloadValue } from '../../fill/types';
import type { ImageRef } from '../../profile/schema';

export interface DriverContext {
  doc: Document;
  /** How long one wait (a popup, a lazy level, async options, an upload) may take. */
  timeoutMs: number;
  /** Builds the File for a stored image; asks the background, never the page. */
  loadImage(ref: ImageRef): Promise<File>;
}

/** One widget kind: read what it shows, fill it, and clear it (for undo and overwrite). */
export interface WidgetDriver {
  read(item: HTMLElement): PayloadValue | null;
  fill(item: HTMLElement, value: PayloadValue, ctx: DriverContext): Promise<void>;
  clear?(item: HTMLElement, ctx: DriverContext): Promise<void>;
}

export const asText = (value: PayloadValue): string => (typeof value === 'string' ? value : String(value));
export const asList = (value: PayloadValue): string[] =>
  Array.isArray(value) ? value.map((v) => (typeof v === 'string' ? v : v.name)) : [asText(value)];
