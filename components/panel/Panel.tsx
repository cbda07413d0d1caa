import type { TargetedEvent } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { SessionView } from '../../lib/dom/page-session';
import type { CheckProblem } from '../../lib/messaging/problems';
import type { PanelChoices } from '../../lib/messaging/protocol';
import { fillSummary, fillTone } from '../common/fill-outcome';
import { t } from '../i18n';
import { CaptureButton } from './CaptureButton';
import { type DragHandlers, useDrag } from './drag';
import { MissingList, SuggestionList, type Taught } from './FieldLists';
import { pageLabel } from './labels';
import { ReportLists, type Tone } from './ReportLists';
import { trusted } from './trusted';

export interface PanelProps extends DragHandlers {
  view: SessionView;
  /** Starts as a tab where the open panel would cover the form. */
  startCollapsed: boolean;
  choices: PanelChoices | null;
  /** Problems the last request was refused for; warnings can be accepted with a second click. */
  problems: CheckProblem[];
  message: string;
  /** How the message reads: red for a refusal or failure, amber for warnings, green for done. */
  tone?: Tone;
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
  /** The user's 这是… or 是，记住: the page item is that profile field (checked like a fill's click). */
  onTeach(link: Taught, at: MouseEvent): void;
  /** A field of the report: scroll the page to it. */
  onFocusField(key: string): void;
  /** 标出待填项 on or off. */
  onMark(on: boolean): void;
  /** Opens the profile editor (through the background: a frame in a web page may not, in Firefox). */
  onOpenEditor(): void;
  /** A problem's field in the editor (by its profile path), through the background too. */
  onOpenField(path: string): void;
  /** The window edge the panel is docked at; the user can move it to the other one. */
  side: 'left' | 'right';
  onDock(side: 'left' | 'right'): void;
  /** Folded to its tab or opened (the tab sits at the window's edge, the open panel where the user left it). */
  onFold(folded: boolean): void;
  /** Counts clean fills: each one folds the panel to its tab. */
  foldAt?: number;
}

/** The panel (an extension page in a frame on the platform page). Labels and counts only, never a profile value. */
export function Panel(props: PanelProps) {
  const { view, choices, problems } = props;
  const [folded, setCollapsed] = useState(props.startCollapsed);
  // Folded by the user, or by a clean fill since the user last opened it (in the same render as its report).
  const [openedAt, setOpenedAt] = useState(props.foldAt ?? 0);
  const collapsed = folded || (props.foldAt ?? 0) > openedAt;
  const [onlyEmpty, setOnlyEmpty] = useState(true);
  const [targetId, setTargetId] = useState('');
  const targets = view.state.form === 'website' ? choices?.websites : view.state.form === 'app' ? choices?.apps : [];
  const target = targetId || targets?.[0]?.id || '';
  const errors = problems.filter((p) => p.severity === 'error');
  const warningsOnly = problems.length > 0 && errors.length === 0;
  const canFill = Boolean(view.state.page && choices?.activeId) && !view.busy;
  const statusTone: Tone = props.message ? (props.tone ?? 'error') : view.report ? fillTone(view.report) : 'neutral';
  const drag = useDrag(props);
  useEffect(() => props.onFold(collapsed), [collapsed]);
  const filled = view.report?.fields.filter((f) => f.outcome === 'filled').length ?? 0;

  if (collapsed) {
    return (
      <button
        type="button"
        class="tab"
        aria-expanded="false"
        title={t('panel_expand')}
        data-ready={String(props.ready)}
        onClick={trusted(() => {
          setCollapsed(false);
          setOpenedAt(props.foldAt ?? 0);
        })}
      >
        {view.busy ? (
          t('panel_tab_busy')
        ) : view.missing.length > 0 ? (
          t('panel_tab_missing', view.missing.length)
        ) : view.report && !props.message ? (
          <>
            {t('popup_title')}
            {' · '}
            <span role="status">{t('panel_tab_filled', filled)}</span>
          </>
        ) : (
          t('popup_title')
        )}
      </button>
    );
  }
  return (
    <section
      class="panel"
      aria-label={t('popup_title')}
      data-ready={String(props.ready)}
      style={{ maxHeight: `${Math.max(200, props.maxHeight)}px` }}
    >
      <header {...drag.header}>
        <button
          type="button"
          class="grip"
          aria-label={t('panel_grip')}
          title={t('panel_grip_title')}
          aria-keyshortcuts="ArrowLeft ArrowRight ArrowUp ArrowDown"
          onKeyDown={drag.onKeyDown}
        >
          ⠿
        </button>
        <strong>{t('popup_title')}</strong>
        <span class="tools">
          <button
            type="button"
            class="link"
            title={t('panel_dock_hint')}
            onClick={trusted(() => props.onDock(props.side === 'left' ? 'right' : 'left'))}
          >
            {props.side === 'left' ? t('panel_dock_right') : t('panel_dock_left')}
          </button>
          <button type="button" class="link" aria-expanded="true" onClick={trusted(() => setCollapsed(true))}>
            {t('panel_collapse')}
          </button>
        </span>
      </header>
      <p class="page" data-testid="page-label">
        {pageLabel(view.state)}
      </p>
      {view.state.evidence && view.state.evidence.length > 0 && (
        <p class="hint" data-testid="evidence">
          {t('panel_evidence', view.state.evidence.join(t('list_comma')))}
        </p>
      )}
      {choices?.locked ? (
        <p class="hint">{t('panel_locked')}</p>
      ) : choices && choices.profiles.length > 0 ? (
        <label class="row">
          <span>{t('panel_profile')}</span>
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
        <div class="first-run">
          <p class="hint">{t('panel_no_profile')}</p>
          <div class="actions">
            <button type="button" class="primary" onClick={trusted(() => props.onOpenEditor())}>
              {t('editor_new_profile')}
            </button>
            <button type="button" onClick={trusted(() => props.onOpenEditor())}>
              {t('transfer_import')}
            </button>
          </div>
        </div>
      ) : null}
      {targets && targets.length > 0 && (
        <label class="row">
          <span>{view.state.form === 'app' ? t('popup_app') : t('popup_website')}</span>
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
        {t('popup_only_empty')}
      </label>
      {view.state.page === null && view.state.form === 'website' && <p class="hint">{t('panel_step_nothing')}</p>}
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
          {warningsOnly ? t('popup_fill_anyway') : t('popup_fill')}
        </button>
        <button
          type="button"
          disabled={!view.canUndo || view.busy}
          title={view.canUndo ? t('panel_undo_hint', view.undoCount) : t('panel_undo_none')}
          onClick={trusted(() => props.onUndo())}
        >
          {view.canUndo ? t('panel_undo_n', view.undoCount) : t('ui_undo')}
        </button>
      </div>
      <CaptureButton state={view.state} busy={view.busy} ready={props.ready} />
      <div role="status" class={`status ${view.busy ? 'neutral' : statusTone}`}>
        {view.busy ? t('popup_filling') : props.message || (view.report ? fillSummary(view.report) : '')}
      </div>
      {problems.length > 0 && (
        <ul class="problems" aria-label={t('panel_checks')}>
          {problems.map((p) => (
            <li key={p.path + p.message} class={p.severity}>
              <button
                type="button"
                class="link"
                title={t('panel_open_field')}
                onClick={trusted(() => props.onOpenField(p.path))}
              >
                {p.message}
              </button>
            </li>
          ))}
        </ul>
      )}
      <SuggestionList suggestions={view.report?.suggestions ?? []} onTeach={props.onTeach} />
      {view.report && <ReportLists report={view.report} onFocusField={props.onFocusField} />}
      {view.state.page && (
        <MissingList
          missing={view.missing}
          marking={view.marking}
          onMark={props.onMark}
          onFocus={props.onFocusMissing}
          onTeach={props.onTeach}
          report={view.report}
        />
      )}
      <footer>
        <button type="button" class="link" onClick={trusted(() => props.onOpenEditor())}>
          {t('popup_open_editor')}
        </button>
      </footer>
    </section>
  );
}
