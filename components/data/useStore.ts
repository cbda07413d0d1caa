// The store's snapshot as Preact state, kept fresh by the change notification; the background keeps exactly one
// profile active.
import { useEffect, useState } from 'preact/hooks';
import { type StoreSnapshot, watchSnapshot } from './store';

export function useStore(): StoreSnapshot & { loaded: boolean } {
  const [snap, setSnap] = useState<StoreSnapshot & { loaded: boolean }>({
    profiles: [],
    activeId: null,
    lock: 'off',
    loaded: false,
  });
  useEffect(() => {
    let live = true;
    const stop = watchSnapshot((s) => {
      if (live) setSnap({ ...s, loaded: true });
    });
    return () => {
      live = false;
      stop();
    };
  }, []);
  return snap;
}
