// Where the panel sits, as the distance from the window edge it is docked at and from the top: the same place
// stays sensible when the window is resized or the next page is another size (it is clamped into the window).
// Pure arithmetic; frame-host.ts applies it.

import type { PanelPlace } from '../../lib/messaging/panel-port';

export type Place = PanelPlace;
export type Side = Place['side'];
type Size = { width: number; height: number };

/** The open panel's first place, and the folded tab's place always (at its side's edge, below the page's header). */
export const HOME: Place = { side: 'right', inset: 12, top: 72 };

const within = (n: number, max: number) => Math.round(Math.min(Math.max(0, n), Math.max(0, max)));

export function clampPlace(place: Place, size: Size, view: Size): Place {
  return {
    side: place.side,
    inset: within(place.inset, view.width - size.width),
    top: within(place.top, view.height - size.height),
  };
}

export const leftOf = (place: Place, size: Size, view: Size) =>
  place.side === 'left' ? place.inset : view.width - size.width - place.inset;

/** The place `from` moved by (dx, dy), docked at the nearer edge; always wholly inside the window. */
export function movedPlace(from: Place, dx: number, dy: number, size: Size, view: Size): Place {
  const left = within(leftOf(from, size, view) + dx, view.width - size.width);
  const side: Side = left + size.width / 2 <= view.width / 2 ? 'left' : 'right';
  const inset = side === 'left' ? left : view.width - size.width - left;
  return clampPlace({ side, inset, top: from.top + dy }, size, view);
}
