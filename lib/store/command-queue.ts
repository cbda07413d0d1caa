// The background's one queue of store commands: the popup's profile actions, the editor's saves and imports, the
// taught fields and the lock transitions run one after another, each whole, so a read-modify-write (the editor's
// merge, a copy, an undo) can never interleave with another window's command or a lock change. The store keeps its
// own write queue inside (lock.ts); this one is around whole commands.
export function createCommandQueue() {
  let tail: Promise<unknown> = Promise.resolve();
  return function serial<T>(fn: () => Promise<T> | T): Promise<T> {
    const run = tail.then(fn, fn);
    tail = run.catch(() => undefined);
    return run;
  };
}

export type Serial = ReturnType<typeof createCommandQueue>;
