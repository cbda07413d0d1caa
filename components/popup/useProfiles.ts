// The popup's view of the profiles, served by the background (lib/store/profile-commands.ts) and fetched again
// whenever storage changes in any window: another popup, the editor, an import, the lock timing out.

import { useEffect, useRef, useState } from 'preact/hooks';
import type { CommandResult, ProfileCommand, ProfilesView } from '../../lib/store/profile-commands';
import { t } from '../i18n';

export interface ProfilesLink {
  view(): Promise<ProfilesView>;
  run(command: ProfileCommand): Promise<CommandResult>;
  /** Calls back on any storage change; returns the unsubscribe. */
  watch(cb: () => void): () => void;
}

export type ProfilesState = ProfilesView & { loaded: boolean; error: string };

const EMPTY: ProfilesState = { lock: 'off', activeId: null, profiles: [], loaded: false, error: '' };

export function useProfiles(link: ProfilesLink) {
  const [state, setState] = useState<ProfilesState>(EMPTY);
  const reload = useRef<() => void>(() => undefined);
  useEffect(() => {
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // Loads overlap (a storage change, then an action); only the latest one's answer is shown.
    let latest = 0;
    const load = () => {
      const mine = ++latest;
      const current = () => live && mine === latest;
      void link.view().then(
        (v) => current() && setState({ ...v, loaded: true, error: '' }),
        (e: Error) => current() && setState({ ...EMPTY, loaded: true, error: t('popup_read_failed', e.message) }),
      );
    };
    const soon = () => {
      clearTimeout(timer);
      timer = setTimeout(load, 10);
    };
    load();
    reload.current = load;
    const stop = link.watch(soon);
    return () => {
      live = false;
      clearTimeout(timer);
      stop();
    };
  }, []);
  const run = async (command: ProfileCommand): Promise<CommandResult> => {
    // The background may be restarting ("Receiving end does not exist"): answer, never leave a form waiting.
    const result = await link
      .run(command)
      .catch((e: Error) => ({ ok: false as const, message: t('popup_op_no_answer', e.message) }));
    reload.current();
    return result;
  };
  const active = state.profiles.find((p) => p.id === state.activeId) ?? null;
  return { ...state, active, run };
}
