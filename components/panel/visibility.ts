// IntersectionObserver v2 inside the panel frame: the browser itself says whether the panel is painted unoccluded,
// untransformed and fully opaque on the screen (Chrome; `delay` of at least 100 ms is required). Where the browser
// has no v2 (Firefox), `visible()` is null and the tab's own checks (frame-guard.ts) decide alone.

export interface VisibilityWatch {
  /** The latest verdict: true/false, or null where the browser cannot tell. */
  visible(): boolean | null;
  stop(): void;
}

export function watchVisibility(target: Element, onChange: (visible: boolean | null) => void): VisibilityWatch {
  const supported =
    typeof IntersectionObserverEntry !== 'undefined' && 'isVisible' in IntersectionObserverEntry.prototype;
  if (!supported) {
    onChange(null);
    return { visible: () => null, stop: () => {} };
  }
  let visible = false;
  const observer = new IntersectionObserver(
    (entries) => {
      const last = entries[entries.length - 1] as (IntersectionObserverEntry & { isVisible?: boolean }) | undefined;
      if (!last) return;
      visible = last.isVisible === true;
      onChange(visible);
    },
    { threshold: [0, 1], trackVisibility: true, delay: 100 } as IntersectionObserverInit,
  );
  observer.observe(target);
  // Chrome reports the panel hidden when its tab goes to the background and then says nothing more when the tab
  // returns (seen in tests/e2e/panel-return.spec.ts): a fresh observation gives a fresh first verdict.
  const doc = target.ownerDocument;
  const again = () => {
    if (doc.visibilityState !== 'visible') return;
    observer.unobserve(target);
    observer.observe(target);
  };
  doc.addEventListener('visibilitychange', again);
  return {
    visible: () => visible,
    stop() {
      doc.removeEventListener('visibilitychange', again);
      observer.disconnect();
    },
  };
}
