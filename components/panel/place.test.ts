import { describe, expect, it } from 'vitest';
import { isPanelPlace } from '../../lib/messaging/panel-port';
import { clampPlace, HOME, movedPlace } from './place';

const size = { width: 260, height: 400 };
const view = { width: 1280, height: 720 };

describe('the panel place', () => {
  it('moves with the pointer and docks at the nearer edge', () => {
    expect(movedPlace(HOME, -100, 50, size, view)).toEqual({ side: 'right', inset: 112, top: 122 });
    expect(movedPlace(HOME, -900, 0, size, view)).toEqual({ side: 'left', inset: 108, top: 72 });
  });

  it('never leaves the window, however far it is dragged', () => {
    expect(movedPlace(HOME, -5000, -5000, size, view)).toEqual({ side: 'left', inset: 0, top: 0 });
    expect(movedPlace(HOME, 5000, 5000, size, view)).toEqual({ side: 'right', inset: 0, top: 320 });
  });

  it('keeps a remembered place inside a smaller window', () => {
    expect(clampPlace({ side: 'left', inset: 1500, top: 900 }, size, view)).toEqual({
      side: 'left',
      inset: 1020,
      top: 320,
    });
  });

  it('accepts only a place in the expected shape', () => {
    expect(isPanelPlace(HOME)).toBe(true);
    expect(isPanelPlace({ side: 'up', inset: 1, top: 1 })).toBe(false);
    expect(isPanelPlace({ side: 'left', inset: Number.NaN, top: 1 })).toBe(false);
  });
});
