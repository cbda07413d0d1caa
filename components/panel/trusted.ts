/**
 * Runs a handler for the user's own input only. The page cannot reach into this frame, but a control that obeys a
 * synthetic event is one bug away from being driven; an untrusted change is put back.
 */
export function trusted<E extends Event>(run: (event: E) => void, undo?: (event: E) => void) {
  return (event: E) => {
    if (event.isTrusted) run(event);
    else undo?.(event);
  };
}
