// From 网站开通日期: the day the filing is due and days left; after approval, the footer snippet to copy.
import { useState } from 'preact/hooks';
import type { Website } from '../../lib/profile/schema';
import { NEAR_DAYS } from '../../lib/rules/dates';
import { TextField } from '../common/Field';
import { deadline, footerSnippet } from './deadline';

export function DeadlineHelper({
  site,
  at,
  today,
  set,
}: {
  site: Website;
  at: string;
  today: string;
  set: (path: string, value: unknown) => void;
}) {
  const [copied, setCopied] = useState('');
  const d = deadline(site.openDate, today);
  const digits = site.mpsFilingNo.replace(/\D/g, '');
  const snippet = digits ? footerSnippet(site.mpsFilingNo) : '';
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(snippet);
      setCopied('已复制到剪贴板');
    } catch {
      setCopied('无法自动复制，请选中上面的代码手动复制');
    }
  };
  return (
    <fieldset class="sub deadline">
      <legend>备案期限与页脚代码</legend>
      <p aria-live="polite">
        {!d ? (
          <span class="hint">填写“网站开通日期”（工信部备案通过日期）后，这里显示公安备案的截止日期。</span>
        ) : d.daysLeft >= 0 ? (
          <span class={d.daysLeft <= NEAR_DAYS ? 'warn' : ''}>
            应在 <strong>{d.due}</strong> 前完成公安备案（开通后30日内），还剩 <strong>{d.daysLeft}</strong> 天。
          </span>
        ) : (
          <span class="err">
            公安备案截止日期 {d.due} 已过 {-d.daysLeft} 天，请尽快提交。
          </span>
        )}
      </p>
      <TextField
        label="公安备案号"
        path={`${at}.mpsFilingNo`}
        value={site.mpsFilingNo}
        placeholder="审核通过后填写，如 京公网安备11010802000001号"
        onInput={(v) => set(`${at}.mpsFilingNo`, v)}
      />
      {snippet && (
        <div class="field">
          <label for={`${at}-snippet`}>页脚代码</label>
          <div class="control">
            <textarea
              id={`${at}-snippet`}
              readOnly
              rows={3}
              value={snippet}
              onFocus={(e) => e.currentTarget.select()}
            />
            <div class="row">
              <button type="button" class="small" onClick={copy}>
                复制代码
              </button>
              <span class="hint" aria-live="polite">
                {copied || '审核通过后30日内放到网站首页底部，可在其前面加公安备案图标。'}
              </span>
            </div>
          </div>
        </div>
      )}
    </fieldset>
  );
}
