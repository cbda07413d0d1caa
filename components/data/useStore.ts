// The store's snapshot as Preact state, kept fresh by the storage watch; exactly one profile is always active.
import { useEffect, useState } from 'preact/hooks';
import { activeOf, loadSnapshot, type StoreSnapshot, setActiveId, watchSnapshot } from './store';

export function useStore(): StoreSnapshot & { loaded: boolean } {
  const [snap, setSnap] = useState<StoreSnapshot & { loaded: boolean }>({
    profiles: [],
    activeId: null,
    lock: 'off',
    loaded: false,
  });
  useEffect(() => {
    let live = true;
    const take = (s: StoreSnapshot) => {
      if (!live) return;
      setSnap({ ...s, loaded: true });
      // One profile (or a stale id): make the effective active profile the stored one.
      const active = activeOf(s);
      if (active && active.id !== s.activeId) void setActiveId(active.id);
    };
    void loadSnapshot().then(take);
    const stop = watchSnapshot(take);
    return () => {
      live = false;
      stop();
    };
  }, []);
  return snap;
}
