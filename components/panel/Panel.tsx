import type { TargetedEvent } from 'preact';
import { useState } from 'preact/hooks';
import type { SessionView } from '../../lib/dom/page-session';
import type { CheckProblem } from '../../lib/messaging/problems';
import type { PanelChoices } from '../../lib/messaging/protocol';
import { CaptureButton } from './CaptureButton';
import { pageLabel, reportSummary } from './labels';

export interface PanelProps {
  view: SessionView;
  /** Starts as a tab where the open panel would cover the form. */
  startCollapsed: boolean;
  choices: PanelChoices | null;
  /** Problems the last request was refused for; warnings can be accepted with a second click. */
  problems: CheckProblem[];
  message: string;
  /** Whether a click would count now (visible, on top, not just moved): tests and the bench wait for it. */
  ready: boolean;
  /** The page's room for the open panel, in CSS pixels. */
  maxHeight: number;
  onFill(
    options: { profileId: string; targetId: string; onlyEmpty: boolean; acceptWarnings: boolean },
    at: MouseEvent,
  ): void;
  onUndo(): void;
  onProfile(profileId: string): void;
  onFocusMissing(index: number): void;
}

/**
 * Runs a handler for the user's own input only. The page cannot reach into this frame, but a control that obeys a
 * synthetic event is one bug away from being driven; an untrusted change is put back.
 */
function trusted<E extends Event>(run: (event: E) => void, undo?: (event: E) => void) {
  return (event: E) => {
    if (event.isTrusted) run(event);
    else undo?.(event);
  };
}

/** The panel (an extension page in a frame on the platform page). Labels and counts only, never a profile value. */
export function Panel(props: PanelProps) {
  const { view, choices, problems } = props;
  const [collapsed, setCollapsed] = useState(props.startCollapsed);
  const [onlyEmpty, setOnlyEmpty] = useState(true);
  const [targetId, setTargetId] = useState('');
  const targets = view.state.form === 'website' ? choices?.websites : view.state.form === 'app' ? choices?.apps : [];
  const target = targetId || targets?.[0]?.id || '';
  const errors = problems.filter((p) => p.severity === 'error');
  const warningsOnly = problems.length > 0 && errors.length === 0;
  const canFill = Boolean(view.state.page && choices?.activeId) && !view.busy;

  if (collapsed) {
    return (
      <button
        type="button"
        class="tab"
        aria-expanded="false"
        title="展开公安备案助手"
        data-ready={String(props.ready)}
        onClick={trusted(() => setCollapsed(false))}
      >
        备案助手{view.busy ? ' · 填充中' : view.missing.length > 0 ? ` · 待填 ${view.missing.length}` : ''}
      </button>
    );
  }
  return (
    <section
      class="panel"
      aria-label="公安备案助手"
      data-ready={String(props.ready)}
      style={{ maxHeight: `${Math.max(200, props.maxHeight)}px` }}
    >
      <header>
        <strong>公安备案助手</strong>
        <button type="button" class="link" aria-expanded="true" onClick={trusted(() => setCollapsed(true))}>
          收起
        </button>
      </header>
      <p class="page" data-testid="page-label">
        {pageLabel(view.state)}
      </p>
      {view.state.evidence && view.state.evidence.length > 0 && (
        <p class="hint" data-testid="evidence">
          识别依据：{view.state.evidence.join('，')}
        </p>
      )}
      {choices?.locked ? (
        <p class="hint">资料已加锁：请点击浏览器工具栏中的扩展图标，在弹出窗口中输入口令解锁。</p>
      ) : choices && choices.profiles.length > 0 ? (
        <label class="row">
          <span>资料</span>
          <select
            value={choices.activeId ?? ''}
            onChange={trusted<TargetedEvent<HTMLSelectElement>>(
              (e) => props.onProfile(e.currentTarget.value),
              (e) => {
                e.currentTarget.value = choices.activeId ?? '';
              },
            )}
          >
            {choices.profiles.map((p) => (
              <option key={p.id} value={p.id}>
                {p.label}
              </option>
            ))}
          </select>
        </label>
      ) : choices ? (
        <p class="hint">还没有资料：请在扩展弹出窗口中新建。</p>
      ) : null}
      {targets && targets.length > 0 && (
        <label class="row">
          <span>{view.state.form === 'app' ? 'APP' : '网站'}</span>
          <select
            value={target}
            onChange={trusted<TargetedEvent<HTMLSelectElement>>(
              (e) => setTargetId(e.currentTarget.value),
              (e) => {
                e.currentTarget.value = target;
              },
            )}
          >
            {targets.map((t) => (
              <option key={t.id} value={t.id}>
                {t.label}
              </option>
            ))}
          </select>
        </label>
      )}
      <label class="check">
        <input
          type="checkbox"
          checked={onlyEmpty}
          // element.click() toggles a checkbox and fires a *trusted* change: stop the untrusted click itself.
          onClick={(e) => {
            if (!e.isTrusted) e.preventDefault();
          }}
          onChange={trusted<TargetedEvent<HTMLInputElement>>(
            (e) => setOnlyEmpty(e.currentTarget.checked),
            (e) => {
              e.currentTarget.checked = onlyEmpty;
            },
          )}
        />
        只填空白项（不覆盖已填内容）
      </label>
      {view.state.page === null && view.state.form === 'website' && <p class="hint">本步骤无需填写。</p>}
      <div class="actions">
        <button
          type="button"
          class="primary"
          disabled={!canFill}
          onClick={trusted<MouseEvent>((e) =>
            props.onFill(
              { profileId: choices?.activeId ?? '', targetId: target, onlyEmpty, acceptWarnings: warningsOnly },
              e,
            ),
          )}
        >
          {warningsOnly ? '仍然填充' : '一键填充'}
        </button>
        <button type="button" disabled={!view.canUndo || view.busy} onClick={trusted(() => props.onUndo())}>
          撤销
        </button>
      </div>
      <CaptureButton state={view.state} busy={view.busy} ready={props.ready} />
      <div role="status" class="status">
        {view.busy ? '正在填充…' : view.report ? reportSummary(view.report) : props.message}
      </div>
      {problems.length > 0 && (
        <ul class="problems" aria-label="资料检查">
          {problems.map((p) => (
            <li key={p.path + p.message} class={p.severity}>
              {p.message}
            </li>
          ))}
        </ul>
      )}
      {view.report?.suggestions && view.report.suggestions.length > 0 && (
        <ul class="problems" aria-label="可能的字段">
          {view.report.suggestions.map((g) => (
            <li key={g.key} class="warning">
              {g.section && !g.section.startsWith('?') ? `${g.section} · ` : ''}
              {g.label}：可能是「{g.field}」，未填写
            </li>
          ))}
        </ul>
      )}
      {view.report?.fields.some((f) => f.outcome === 'failed') && (
        <ul class="problems" aria-label="未能填写">
          {view.report.fields
            .filter((f) => f.outcome === 'failed')
            .map((f) => (
              <li key={f.key} class="error">
                {f.section ? `${f.section} · ` : ''}
                {f.label}：{f.reason}
              </li>
            ))}
        </ul>
      )}
      {view.state.page && (
        <div class="missing">
          <h2>待填必填项（{view.missing.length}）</h2>
          {view.missing.length === 0 ? (
            <p class="ok">必填项都已填写。</p>
          ) : (
            <ul aria-label="待填必填项">
              {view.missing.map((m) => (
                <li key={m.index}>
                  <button type="button" class="link" onClick={trusted(() => props.onFocusMissing(m.index))}>
                    {m.section ? `${m.section} · ` : ''}
                    {m.label}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}
