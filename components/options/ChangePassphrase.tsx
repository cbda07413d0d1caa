// 修改口令: the current passphrase, the new one twice. lib/store/lock.ts re-encrypts everything under the new one
// and switches in one write, so a failure leaves the current passphrase working.
import { useId, useState } from 'preact/hooks';
import { changePassphrase, MIN_PASSPHRASE_LENGTH, passphraseStrength } from '../data/lock';
import { type MessageKey, t } from '../i18n';

/** passphraseStrength's levels 0–3. */
export const STRENGTH: MessageKey[] = ['strength_short', 'strength_weak', 'strength_fair', 'strength_strong'];

export function ChangePassphrase() {
  const id = useId();
  const [old, setOld] = useState('');
  const [next, setNext] = useState('');
  const [again, setAgain] = useState('');
  const [busy, setBusy] = useState(false);
  const [msg, setMsg] = useState<{ ok: boolean; text: string } | null>(null);
  const strength = passphraseStrength(next);

  const submit = async (e: Event) => {
    e.preventDefault();
    if (!old) return setMsg({ ok: false, text: t('change_enter_current') });
    if (next.length < MIN_PASSPHRASE_LENGTH)
      return setMsg({ ok: false, text: t('change_min_length', MIN_PASSPHRASE_LENGTH) });
    if (next !== again) return setMsg({ ok: false, text: t('change_mismatch') });
    if (next === old) return setMsg({ ok: false, text: t('change_same') });
    setBusy(true);
    setMsg(null);
    const r = await changePassphrase(old, next);
    setBusy(false);
    if (!r.ok) return setMsg({ ok: false, text: r.message });
    setOld('');
    setNext('');
    setAgain('');
    setMsg({ ok: true, text: t('change_done') });
  };
  const input = (key: string, label: string, value: string, set: (v: string) => void, auto: string) => (
    <>
      <label for={`${id}-${key}`}>{label}</label>
      <input
        id={`${id}-${key}`}
        type="password"
        autocomplete={auto}
        value={value}
        onInput={(e) => set(e.currentTarget.value)}
      />
    </>
  );

  return (
    <details class="change-passphrase">
      <summary>{t('change_title')}</summary>
      <form onSubmit={(e) => void submit(e)}>
        {input('old', t('change_current'), old, setOld, 'current-password')}
        {input('new', t('change_new'), next, setNext, 'new-password')}
        <p class={next ? `strength s${strength.level}` : 'strength hint'} aria-live="polite">
          {next
            ? t('strength_is', t(STRENGTH[strength.level] as MessageKey))
            : t('lock_at_least', MIN_PASSPHRASE_LENGTH)}
        </p>
        {input('again', t('change_again'), again, setAgain, 'new-password')}
        <button type="submit" disabled={busy}>
          {busy ? t('change_busy') : t('change_title')}
        </button>
      </form>
      {msg && (
        <p class={`msg tone tone-${msg.ok ? 'ok' : 'error'}`} role={msg.ok ? 'status' : 'alert'}>
          {msg.text}
        </p>
      )}
    </details>
  );
}
