// The review's shapes, apart from review.ts so that apply.ts (which review.ts uses) can name them without a cycle.
import type { Profile } from '../profile/schema';
import type { Problem } from '../rules/problem';
import type { PersonSlot } from './convert';

export interface ReviewTarget {
  base: Profile;
  isNew: boolean;
  /** null: a new website (app); ignored when the capture has none. */
  websiteId: string | null;
  appId: string | null;
  /** Per draft person: the profile's person it merges into, or null for a new person. */
  people: (string | null)[];
}

export type RowTarget =
  | { slot: 'subject' | 'unit' | 'website' | 'app'; path: string[] }
  | { slot: 'person'; index: number; path: string[] }
  | { slot: 'link'; index: number; role: PersonSlot };

export interface ReviewRow {
  id: string;
  group: string;
  label: string;
  old: unknown;
  value: unknown;
  /** The profile already holds another value here. */
  conflict: boolean;
  /** The shared rules' messages on the new value (errors and warnings). */
  problems: Problem[];
  /** Whether the profile can hold the value at all (a known option, a known region). */
  storable: boolean;
  target: RowTarget;
}

export interface Review {
  rows: ReviewRow[];
  /** Captured values the profile already holds. */
  same: number;
}
