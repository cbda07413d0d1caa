// The passphrase lock's actions, run only by the background (see profile-commands.ts): the popup and every
// editor tab ask it, so two windows can never re-encrypt the store at the same time (each page's store would
// otherwise queue only its own writes). Each failure says, in the UI's language, in which state the data was left.

import { isUiError, type MessageKey, t } from '../i18n';
import { type LockableStore, WrongPassphraseError } from './lock';
import { StoreReadOnlyError } from './profiles';

export type LockCommand =
  | { op: 'unlock'; passphrase: string }
  | { op: 'lock-enable'; passphrase: string; idleMinutes: number }
  | { op: 'lock-change'; old: string; next: string }
  | { op: 'lock-disable'; passphrase: string }
  | { op: 'lock-now' }
  | { op: 'lock-idle'; minutes: number };

const FAILED: Record<LockCommand['op'], MessageKey> = {
  unlock: 'lockcmd_unlock_failed',
  'lock-enable': 'lockcmd_enable_failed',
  'lock-change': 'lockcmd_change_failed',
  'lock-disable': 'lockcmd_disable_failed',
  'lock-now': 'lockcmd_now_failed',
  'lock-idle': 'lockcmd_idle_failed',
};

export const isLockCommand = (c: { op: string }): c is LockCommand => c.op in FAILED;

/** A message for an error: the store's own are UI text already (uiError, or Chinese); the browser's (quota, I/O) are quoted. */
export function messageOf(e: unknown): string {
  if (e instanceof WrongPassphraseError) return t('lockcmd_wrong_passphrase');
  const text = e instanceof Error ? e.message : String(e);
  return isUiError(e) || /[\u4e00-\u9fff]/.test(text) ? text : t('lockcmd_browser_says', text);
}

export async function runLockCommand(store: LockableStore, command: LockCommand): Promise<void> {
  switch (command.op) {
    case 'unlock':
      return store.unlock(command.passphrase);
    case 'lock-enable':
      return store.enableLock(command.passphrase, command.idleMinutes);
    case 'lock-change':
      return store.changePassphrase(command.old, command.next);
    case 'lock-disable':
      return store.disableLock(command.passphrase);
    case 'lock-now':
      return store.lockNow();
    case 'lock-idle':
      return store.setIdleMinutes(command.minutes);
  }
}

/** The failure message of a lock command: what failed, then why. A wrong passphrase needs no prefix. */
export function lockFailure(command: LockCommand, e: unknown): string {
  if (e instanceof WrongPassphraseError || e instanceof StoreReadOnlyError) return messageOf(e);
  return t('lockcmd_failed', t(FAILED[command.op]), messageOf(e));
}
