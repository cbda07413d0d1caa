// Moving the panel: the pointer on its header (not on a button there) or the arrow keys on its handle. Only the
// user's own input counts; the tab's content script moves the frame and keeps it inside the window.
import { useRef } from 'preact/hooks';

/** Arrow keys move this far; with Shift, further. */
const STEP = 10;
const BIG_STEP = 60;

export interface DragHandlers {
  /** `at`: the pointer's screen point when the drag starts. */
  onDrag(phase: 'start' | 'move' | 'end', dx: number, dy: number, at?: { x: number; y: number }): void;
  onNudge(dx: number, dy: number): void;
}

export function useDrag({ onDrag, onNudge }: DragHandlers) {
  const from = useRef<{ x: number; y: number; id: number } | null>(null);
  // Screen coordinates: the frame moves under the pointer, the screen does not.
  const delta = (e: PointerEvent) => [e.screenX - (from.current?.x ?? 0), e.screenY - (from.current?.y ?? 0)] as const;
  const finish = (e: PointerEvent) => {
    if (!from.current || e.pointerId !== from.current.id) return;
    const [dx, dy] = delta(e);
    from.current = null;
    onDrag('end', dx, dy);
  };
  return {
    header: {
      onPointerDown(e: PointerEvent) {
        const target = e.target as Element;
        if (!e.isTrusted || e.button !== 0 || target.closest('button:not(.grip), select, input, a')) return;
        from.current = { x: e.screenX, y: e.screenY, id: e.pointerId };
        (e.currentTarget as Element).setPointerCapture?.(e.pointerId);
        e.preventDefault();
        onDrag('start', 0, 0, { x: e.screenX, y: e.screenY });
      },
      onPointerMove(e: PointerEvent) {
        if (!e.isTrusted || !from.current || e.pointerId !== from.current.id) return;
        // The button came up where the frame could not see it: the tab ended the drag there.
        if ((e.buttons & 1) === 0) {
          from.current = null;
          return;
        }
        onDrag('move', ...delta(e));
      },
      onPointerUp: (e: PointerEvent) => e.isTrusted && finish(e),
      onPointerCancel: (e: PointerEvent) => e.isTrusted && finish(e),
    },
    onKeyDown(e: KeyboardEvent) {
      if (!e.isTrusted) return;
      const step = e.shiftKey ? BIG_STEP : STEP;
      const move: Record<string, [number, number]> = {
        ArrowLeft: [-step, 0],
        ArrowRight: [step, 0],
        ArrowUp: [0, -step],
        ArrowDown: [0, step],
      };
      const by = move[e.key];
      if (!by) return;
      e.preventDefault();
      onNudge(...by);
    },
  };
}
