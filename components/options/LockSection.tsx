// 口令保护 · Passphrase lock: turn on (passphrase twice, strength hint, idle minutes), lock now, change the idle
// time, change the passphrase, turn off (with the passphrase). The work and its atomicity are in lib/store/lock.ts.
import { useEffect, useId, useState } from 'preact/hooks';
import type { LockState } from '../../lib/store/lock';
import {
  DEFAULT_IDLE_MINUTES,
  disableLock,
  enableLock,
  idleMinutes,
  type LockResult,
  lockNow,
  MIN_PASSPHRASE_LENGTH,
  passphraseStrength,
  setIdleMinutes,
} from '../data/lock';
import { type MessageKey, t } from '../i18n';
import { ChangePassphrase, STRENGTH } from './ChangePassphrase';

const STATE: Record<LockState, MessageKey> = { off: 'lock_off', unlocked: 'lock_unlocked', locked: 'lock_locked' };

export function LockSection({ lock }: { lock: LockState }) {
  const id = useId();
  const [pass, setPass] = useState('');
  const [again, setAgain] = useState('');
  const [idle, setIdle] = useState(String(DEFAULT_IDLE_MINUTES));
  const [busy, setBusy] = useState(false);
  const [msg, setMsg] = useState<{ ok: boolean; text: string } | null>(null);
  useEffect(() => {
    if (lock !== 'off') void idleMinutes().then((m) => setIdle(String(m)));
  }, [lock]);

  const run = async (action: () => Promise<LockResult>, done: string) => {
    setBusy(true);
    setMsg(null);
    const r = await action();
    setBusy(false);
    setMsg(r.ok ? { ok: true, text: done } : { ok: false, text: r.message });
    if (r.ok) {
      setPass('');
      setAgain('');
    }
  };
  const minutes = Number(idle);
  const idleOk = Number.isInteger(minutes) && minutes >= 1 && minutes <= 1440;
  const strength = passphraseStrength(pass);

  const turnOn = (e: Event) => {
    e.preventDefault();
    if (pass.length < MIN_PASSPHRASE_LENGTH)
      return setMsg({ ok: false, text: t('lock_min_length', MIN_PASSPHRASE_LENGTH) });
    if (pass !== again) return setMsg({ ok: false, text: t('lock_mismatch') });
    if (!idleOk) return setMsg({ ok: false, text: t('lock_idle_range') });
    void run(() => enableLock(pass, minutes), t('lock_enabled'));
  };
  const turnOff = (e: Event) => {
    e.preventDefault();
    if (!pass) return setMsg({ ok: false, text: t('ui_enter_passphrase') });
    void run(() => disableLock(pass), t('lock_disabled'));
  };

  const idleField = (
    <div class="field-inline">
      <label for={`${id}-idle`}>{t('lock_idle_label')}</label>
      <input
        id={`${id}-idle`}
        type="number"
        min={1}
        max={1440}
        value={idle}
        onInput={(e) => setIdle(e.currentTarget.value)}
      />
    </div>
  );

  return (
    <section class="lock-section" aria-labelledby={`${id}-h`}>
      {/* Collapsed: most people never turn it on, and the form would fill the sidebar on a first visit. */}
      <details>
        <summary>
          <h2 id={`${id}-h`}>{t('lock_title')}</h2>
          <span class="state">{t(STATE[lock])}</span>
        </summary>
        {lock === 'off' ? (
          <form onSubmit={turnOn}>
            <p class="hint">{t('lock_lead')}</p>
            <label for={`${id}-p1`}>{t('ui_passphrase')}</label>
            <input
              id={`${id}-p1`}
              type="password"
              autocomplete="new-password"
              value={pass}
              onInput={(e) => setPass(e.currentTarget.value)}
            />
            {/* No verdict before there is anything to judge: an empty field is not a weak passphrase. */}
            <p class={pass ? `strength s${strength.level}` : 'strength hint'} aria-live="polite">
              {pass
                ? t('lock_strength_hint', t(STRENGTH[strength.level] as MessageKey), MIN_PASSPHRASE_LENGTH)
                : t('lock_length_hint', MIN_PASSPHRASE_LENGTH)}
            </p>
            <label for={`${id}-p2`}>{t('lock_again')}</label>
            <input
              id={`${id}-p2`}
              type="password"
              autocomplete="new-password"
              value={again}
              onInput={(e) => setAgain(e.currentTarget.value)}
            />
            {idleField}
            <button type="submit" class="primary" disabled={busy}>
              {busy ? t('lock_encrypting') : t('lock_enable')}
            </button>
          </form>
        ) : lock === 'unlocked' ? (
          <>
            <button type="button" disabled={busy} onClick={() => void run(lockNow, t('lock_done'))}>
              {t('lock_now')}
            </button>
            {idleField}
            <button
              type="button"
              class="small"
              disabled={busy || !idleOk}
              onClick={() => void run(() => setIdleMinutes(minutes), t('lock_idle_saved', minutes))}
            >
              {t('lock_idle_save')}
            </button>
            <ChangePassphrase />
            <form onSubmit={turnOff}>
              <label for={`${id}-off`}>{t('lock_off_label')}</label>
              <input
                id={`${id}-off`}
                type="password"
                autocomplete="current-password"
                value={pass}
                onInput={(e) => setPass(e.currentTarget.value)}
              />
              <button type="submit" disabled={busy}>
                {busy ? t('lock_decrypting') : t('lock_disable')}
              </button>
            </form>
          </>
        ) : (
          <p class="hint">{t('lock_unlock_first')}</p>
        )}
        {msg && (
          <p class={`msg tone tone-${msg.ok ? 'ok' : 'error'}`} role={msg.ok ? 'status' : 'alert'}>
            {msg.text}
          </p>
        )}
      </details>
    </section>
  );
}
