// The passphrase lock for the editor: every change is a command the background runs (lib/store/lock-commands.ts),
// so two windows never re-encrypt at once; each answers with a message in the UI's language instead of throwing.

import { sendMessage } from '../../lib/messaging/protocol';
import { DEFAULT_IDLE_MINUTES } from '../../lib/store/lock';
import type { LockCommand } from '../../lib/store/lock-commands';
import { t } from '../i18n';
import { ask as askEditor } from './client';

export { DEFAULT_IDLE_MINUTES, MIN_PASSPHRASE_LENGTH } from '../../lib/store/lock';

export type LockResult = { ok: true } | { ok: false; message: string };

async function ask(command: LockCommand): Promise<LockResult> {
  try {
    const r = await sendMessage('bg:profile', command);
    return r.ok ? { ok: true } : r;
  } catch (e) {
    return { ok: false, message: t('store_no_answer', (e as Error).message) };
  }
}

export const enableLock = (passphrase: string, idleMinutes: number) =>
  ask({ op: 'lock-enable', passphrase, idleMinutes });
export const unlock = (passphrase: string) => ask({ op: 'unlock', passphrase });
export const lockNow = () => ask({ op: 'lock-now' });
export const disableLock = (passphrase: string) => ask({ op: 'lock-disable', passphrase });
export const changePassphrase = (old: string, next: string) => ask({ op: 'lock-change', old, next });
export const setIdleMinutes = (minutes: number) => ask({ op: 'lock-idle', minutes });
/** The idle time set with the lock (the default when it cannot be read). */
export async function idleMinutes(): Promise<number> {
  const r = await askEditor({ op: 'snapshot' });
  return r.ok ? r.idleMinutes : DEFAULT_IDLE_MINUTES;
}

const STRENGTH = ['strength_short', 'strength_weak', 'strength_fair', 'strength_strong'] as const;

/** A rough hint, not a gate: length and character classes. */
export function passphraseStrength(p: string): { level: 0 | 1 | 2 | 3; label: string } {
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((r) => r.test(p)).length;
  const score = p.length < 8 ? 0 : p.length >= 16 || (p.length >= 12 && classes >= 3) ? 3 : classes >= 2 ? 2 : 1;
  return { level: score, label: t(STRENGTH[score]) };
}
