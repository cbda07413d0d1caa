// The passphrase lock for the UI: every action returns a Chinese message instead of throwing.
import { WrongPassphraseError } from '../../lib/store/lock';
import { profileStore } from './store';

export { DEFAULT_IDLE_MINUTES, MIN_PASSPHRASE_LENGTH } from '../../lib/store/lock';

export type LockResult = { ok: true } | { ok: false; message: string };

async function attempt(fn: () => Promise<unknown>, failed: string): Promise<LockResult> {
  try {
    await fn();
    return { ok: true };
  } catch (e) {
    if (e instanceof WrongPassphraseError) return { ok: false, message: '口令不正确，资料未改动' };
    return { ok: false, message: `${failed}：${(e as Error).message}` };
  }
}

export const enableLock = (passphrase: string, idleMinutes: number) =>
  attempt(() => profileStore().enableLock(passphrase, idleMinutes), '开启口令保护失败，资料仍为未加密状态');
export const unlock = (passphrase: string) => attempt(() => profileStore().unlock(passphrase), '解锁失败');
export const lockNow = () => attempt(() => profileStore().lockNow(), '加锁失败');
export const disableLock = (passphrase: string) =>
  attempt(() => profileStore().disableLock(passphrase), '关闭口令保护失败，资料仍为加密状态');
export const changePassphrase = (old: string, next: string) =>
  attempt(() => profileStore().changePassphrase(old, next), '修改口令失败，原口令仍然有效');
export const setIdleMinutes = (minutes: number) =>
  attempt(() => profileStore().setIdleMinutes(minutes), '设置空闲时间失败');
export const idleMinutes = () => profileStore().idleMinutes();

/** A rough hint, not a gate: length and character classes. */
export function passphraseStrength(p: string): { level: 0 | 1 | 2 | 3; label: string } {
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((r) => r.test(p)).length;
  const score = p.length < 8 ? 0 : p.length >= 16 || (p.length >= 12 && classes >= 3) ? 3 : classes >= 2 ? 2 : 1;
  return { level: score, label: ['太短', '弱', '中', '强'][score] as string };
}
