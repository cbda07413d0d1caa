// 保存到资料 in the panel: reads what the open form shows into the background (never into the page), then offers
// the review in the options page. Like 一键填充, a click counts only when it is the user's own and the tab confirms
// the panel was visible and on top at that point (the background asks it).
import { useState } from 'preact/hooks';
import type { PageState } from '../../lib/fill/types';
import { type CaptureResult, sendCaptureMessage } from '../../lib/messaging/capture-protocol';

const NOT_READY = '未读取：面板刚刚出现、移动过或被遮挡。请确认面板完整可见后再点击。';

export function captureSummary(result: CaptureResult): string {
  if (!result.ok) return result.message;
  const more = result.missingSteps.length ? `还需读取：${result.missingSteps.map((s) => `「${s}」`).join('')}。` : '';
  return `已读取本页 ${result.count} 项。${more}点“核对并保存”在资料编辑器中确认后才会保存。`;
}

export function CaptureButton(props: { state: PageState; busy: boolean; ready: boolean }) {
  const [result, setResult] = useState<CaptureResult | null>(null);
  const [message, setMessage] = useState('');
  const [working, setWorking] = useState(false);

  const request = (e: MouseEvent) => {
    if (!e.isTrusted) return null;
    if (!props.ready) {
      setMessage(NOT_READY);
      return null;
    }
    return { click: { x: e.clientX, y: e.clientY }, panelKey: location.hash.slice(1) };
  };
  const capture = (e: MouseEvent) => {
    const req = request(e);
    if (!req) return;
    setWorking(true);
    setMessage('');
    sendCaptureMessage('bg:capture', req)
      .then((r) => {
        setResult(r.ok ? r : result);
        setMessage(captureSummary(r));
      })
      .catch((error) => setMessage(`读取失败：${String(error)}`))
      .finally(() => setWorking(false));
  };
  const review = (e: MouseEvent) => {
    const req = request(e);
    if (!req) return;
    sendCaptureMessage('bg:capture-review', req)
      .then((r) => setMessage(r.ok ? '已在新标签页中打开核对页面。' : (r.message ?? '')))
      .catch((error) => setMessage(`无法打开核对页面：${String(error)}`));
  };

  return (
    <div class="capture">
      <div class="actions">
        <button type="button" disabled={!props.state.page || props.busy || working} onClick={capture}>
          {working ? '正在读取…' : '保存到资料'}
        </button>
        {result?.ok && (
          <button type="button" class="link" onClick={review}>
            核对并保存
          </button>
        )}
      </div>
      {message && (
        <p class="hint" data-testid="capture-status" aria-live="polite">
          {message}
        </p>
      )}
      {result?.ok && result.skipped.length > 0 && (
        <ul class="problems" aria-label="未能读取">
          {result.skipped.map((s, i) => (
            <li key={`${s.label}${i}`} class="warning">
              {s.label}：{s.reason}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
