// The panel page (entrypoints/panel) running in its frame on the platform page. It hears the page's state from the
// tab's content script over a Port, gets its choices from the background and sends fills to the background, which
// asks the tab to confirm the panel was visible at the click. Nothing of this is readable by the page.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import type { SessionView } from '../../lib/dom/page-session';
import { sendEditorMessage } from '../../lib/messaging/editor-protocol';
import type { PanelPlace, ToPanel } from '../../lib/messaging/panel-port';
import type { CheckProblem } from '../../lib/messaging/problems';
import { type PanelChoices, sendMessage } from '../../lib/messaging/protocol';
import { fillTone } from '../common/fill-outcome';
import { t } from '../i18n';
import { undoSummary } from './labels';
import { Panel, type PanelProps } from './Panel';
import type { Tone } from './ReportLists';
import { watchVisibility } from './visibility';

/** Where the user docked the panel; a preference of this browser, not profile data. */
const PANEL_SIDE = storage.defineItem<'left' | 'right'>('local:panelSide', { fallback: 'right' });
/** Where the user left the open panel (dragged or docked): the tab keeps it inside the window. */
const PANEL_PLACE = storage.defineItem<PanelPlace | null>('local:panelPlace', { fallback: null });

const hidden = () => t('guard_hidden');
const unsteady = () => t('guard_unsteady');

export function PanelApp({ port }: { port: Browser.runtime.Port }) {
  const root = useRef<HTMLDivElement>(null);
  const [view, setView] = useState<SessionView | null>(null);
  const [layout, setLayout] = useState({ startCollapsed: true, maxHeight: 600 });
  const [choices, setChoices] = useState<PanelChoices | null>(null);
  const [problems, setProblems] = useState<CheckProblem[]>([]);
  const [said, setSaid] = useState<{ text: string; tone: Tone }>({ text: '', tone: 'neutral' });
  const setMessage = (text: string, tone: Tone = 'error') => setSaid({ text, tone });
  const [steady, setSteady] = useState(false);
  const [visible, setVisible] = useState<boolean | null>(false);
  const watch = useRef<ReturnType<typeof watchVisibility> | null>(null);
  const formRef = useRef<string | null>(null);
  const [side, setSide] = useState<'left' | 'right'>('right');
  const [foldAt, setFoldAt] = useState(0);

  const loadChoices = () =>
    sendMessage('bg:panel-choices')
      .then(setChoices)
      .catch(() => setChoices(null));

  useEffect(() => {
    const onMessage = (m: ToPanel) => {
      if (m.type === 'view') {
        if (formRef.current !== m.view.state.form) setProblems([]);
        formRef.current = m.view.state.form;
        setView(m.view);
        setLayout({ startCollapsed: m.startCollapsed, maxHeight: m.maxHeight });
      } else if (m.type === 'notice') {
        setMessage(m.message);
        setProblems(m.problems);
      } else if (m.type === 'undone') {
        setMessage(m.failed ? undoSummary(m.failed) : '', m.failed?.length ? 'warning' : 'ok');
      } else if (m.type === 'steady') setSteady(m.steady);
      else if (m.type === 'placed') {
        setSide(m.place.side);
        void PANEL_PLACE.setValue(m.place);
        void PANEL_SIDE.setValue(m.place.side);
      }
    };
    port.onMessage.addListener(onMessage);
    port.postMessage({ type: 'hello' });
    // The side the user docked it at last time, on every platform page.
    void Promise.all([PANEL_PLACE.getValue(), PANEL_SIDE.getValue()]).then(([place, saved]) => {
      if (place) {
        setSide(place.side);
        port.postMessage({ type: 'place', place });
      } else if (saved === 'left') {
        setSide(saved);
        port.postMessage({ type: 'dock', side: saved });
      }
    });
    void loadChoices();
    // Profiles may have changed in the popup or editor meanwhile. Only events in this frame (the user's pointer
    // or focus here) reload them, and the background does not count that as use for the idle lock.
    const reload = () => void loadChoices();
    window.addEventListener('focus', reload);
    document.addEventListener('pointerenter', reload);
    return () => {
      port.onMessage.removeListener(onMessage);
      window.removeEventListener('focus', reload);
      document.removeEventListener('pointerenter', reload);
    };
  }, [port]);

  // The frame takes the panel's size; the tab places it.
  useEffect(() => {
    const el = root.current;
    if (!el) return;
    const sizes = new ResizeObserver(() => {
      const r = el.getBoundingClientRect();
      port.postMessage({ type: 'size', width: r.width, height: r.height });
    });
    sizes.observe(el);
    watch.current = watchVisibility(el, setVisible);
    return () => {
      sizes.disconnect();
      watch.current?.stop();
    };
  }, [port, view !== null]);

  /** The browser's own verdict first; the tab then checks styles, covers and movement at the click point. */
  const refusal = () => (watch.current?.visible() === false ? hidden() : !steady ? unsteady() : null);

  const handlers: Omit<
    PanelProps,
    'view' | 'choices' | 'problems' | 'message' | 'tone' | 'ready' | 'startCollapsed' | 'maxHeight' | 'side' | 'foldAt'
  > = {
    onFill(options, at) {
      const refused = refusal();
      if (refused) return setMessage(refused);
      // Until the answer comes, the last report is not this fill's.
      setMessage(t('popup_checking'), 'neutral');
      const form = view?.state.form;
      sendMessage('bg:fill', {
        profileId: options.profileId,
        websiteId: form === 'website' ? options.targetId : undefined,
        appId: form === 'app' ? options.targetId : undefined,
        mode: options.onlyEmpty ? 'empty-only' : 'overwrite',
        acceptWarnings: options.acceptWarnings,
        click: { x: at.clientX, y: at.clientY },
        panelKey: location.hash.slice(1),
      })
        .then((result) => {
          setProblems(result.ok ? [] : (result.problems ?? []));
          // A clean fill (nothing failed or left empty, no warnings accepted) folds the panel off the form.
          if (result.ok && !options.acceptWarnings && fillTone(result.report) === 'ok') setFoldAt((n) => n + 1);
          const warningsOnly = !result.ok && result.problems?.every((p) => p.severity === 'warning');
          setMessage(result.ok ? '' : result.message, warningsOnly ? 'warning' : 'error');
        })
        .catch((error) => setMessage(t('panel_fill_failed', String(error))));
    },
    onUndo: () => port.postMessage({ type: 'undo' }),
    onProfile(profileId) {
      setProblems([]);
      void sendMessage('bg:panel-choose', { profileId }).then(loadChoices);
    },
    onFocusMissing: (index) => port.postMessage({ type: 'focus-missing', index }),
    onFocusField: (key) => port.postMessage({ type: 'focus-field', key }),
    onMark: (on) => port.postMessage({ type: 'mark', on }),
    onOpenEditor: () => void sendMessage('bg:open-editor'),
    onOpenField(path) {
      const profileId = choices?.activeId;
      if (profileId) void sendEditorMessage('bg:open-field', { profileId, path });
      else void sendMessage('bg:open-editor');
    },
    onDock(next) {
      setSide(next);
      port.postMessage({ type: 'dock', side: next });
    },
    onDrag: (phase, dx, dy, at) => port.postMessage({ type: 'drag', phase, dx, dy, ...(at ? { at } : {}) }),
    onNudge: (dx, dy) => port.postMessage({ type: 'nudge', dx, dy }),
    onFold: (folded) => port.postMessage({ type: 'fold', folded }),
    onTeach(link, at) {
      const page = view?.state.page;
      const refused = refusal();
      if (refused) return setMessage(refused.replace(t('word_not_filled'), t('word_not_remembered')));
      if (!page) return;
      sendMessage('bg:teach', {
        link: { ...link, page },
        click: { x: at.clientX, y: at.clientY },
        panelKey: location.hash.slice(1),
      })
        .then((result) => setMessage(result.message, result.ok ? 'ok' : 'error'))
        .catch((error) => setMessage(t('links_not_saved', String(error))));
    },
  };

  return (
    <div ref={root} id="panel-root">
      {view && (
        <Panel
          view={view}
          choices={choices}
          problems={problems}
          side={side}
          message={said.text}
          tone={said.tone}
          ready={steady && visible !== false}
          startCollapsed={layout.startCollapsed}
          maxHeight={layout.maxHeight}
          foldAt={foldAt}
          {...handlers}
        />
      )}
    </div>
  );
}
