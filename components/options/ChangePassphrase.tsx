// 修改口令: the current passphrase, the new one twice. lib/store/lock.ts re-encrypts everything under the new one
// and switches in one write, so a failure leaves the current passphrase working.
import { useId, useState } from 'preact/hooks';
import { changePassphrase, MIN_PASSPHRASE_LENGTH, passphraseStrength } from '../data/lock';

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
    if (!old) return setMsg({ ok: false, text: '请输入当前口令' });
    if (next.length < MIN_PASSPHRASE_LENGTH)
      return setMsg({ ok: false, text: `新口令至少 ${MIN_PASSPHRASE_LENGTH} 个字符` });
    if (next !== again) return setMsg({ ok: false, text: '两次输入的新口令不一致' });
    if (next === old) return setMsg({ ok: false, text: '新口令与当前口令相同' });
    setBusy(true);
    setMsg(null);
    const r = await changePassphrase(old, next);
    setBusy(false);
    if (!r.ok) return setMsg({ ok: false, text: r.message });
    setOld('');
    setNext('');
    setAgain('');
    setMsg({ ok: true, text: '已修改口令：资料和照片已用新口令重新加密。' });
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
      <summary>修改口令</summary>
      <form onSubmit={(e) => void submit(e)}>
        {input('old', '当前口令', old, setOld, 'current-password')}
        {input('new', '新口令', next, setNext, 'new-password')}
        <p class={next ? `strength s${strength.level}` : 'strength hint'} aria-live="polite">
          {next ? `强度：${strength.label}` : `至少 ${MIN_PASSPHRASE_LENGTH} 个字符`}
        </p>
        {input('again', '再次输入新口令', again, setAgain, 'new-password')}
        <button type="submit" disabled={busy}>
          {busy ? '正在重新加密…' : '修改口令'}
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
