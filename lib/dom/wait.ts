/** A fill step that could not be done; its message is Chinese and goes into the report. */
export class FillError extends Error {}

/**
 * Resolves with the predicate's first truthy result, checked now and after every DOM mutation; rejects with
 * a FillError after `timeoutMs`. No polling, no fixed sleeps.
 */
export function waitFor<T>(
  predicate: () => T | null | undefined | false,
  timeoutMs: number,
  failMessage: string,
  doc: Document = document,
): Promise<T> {
  const first = predicate();
  if (first) return Promise.resolve(first);
  return new Promise<T>((resolve, reject) => {
    const observer = new MutationObserver(() => {
      const value = predicate();
      if (value) {
        done();
        resolve(value);
      }
    });
    const timer = setTimeout(() => {
      done();
      reject(new FillError(failMessage));
    }, timeoutMs);
    const done = () => {
      observer.disconnect();
      clearTimeout(timer);
    };
    observer.observe(doc.documentElement, { subtree: true, childList: true, attributes: true, characterData: true });
  });
}
