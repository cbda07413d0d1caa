// The panel page (entrypoints/panel) running in its frame on the platform page. It hears the page's state from the
// tab's content script over a Port, gets its choices from the background and sends fills to the background, which
// asks the tab to confirm the panel was visible at the click. Nothing of this is readable by the page.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Browser } from 'wxt/browser';
import type { SessionView } from '../../lib/dom/page-session';
import type { ToPanel } from '../../lib/messaging/panel-port';
import type { CheckProblem } from '../../lib/messaging/problems';
import { type PanelChoices, sendMessage } from '../../lib/messaging/protocol';
import { undoSummary } from './labels';
import { Panel, type PanelProps } from './Panel';
import { watchVisibility } from './visibility';

const HIDDEN = '未填充：面板被遮挡、透明或变形，浏览器确认它此刻不可见。请确认面板完整可见后再点击。';
const UNSTEADY = '未填充：面板刚刚出现或移动过。请确认面板完整可见后再点击。';

export function PanelApp({ port }: { port: Browser.runtime.Port }) {
  const root = useRef<HTMLDivElement>(null);
  const [view, setView] = useState<SessionView | null>(null);
  const [layout, setLayout] = useState({ startCollapsed: true, maxHeight: 600 });
  const [choices, setChoices] = useState<PanelChoices | null>(null);
  const [problems, setProblems] = useState<CheckProblem[]>([]);
  const [message, setMessage] = useState('');
  const [steady, setSteady] = useState(false);
  const [visible, setVisible] = useState<boolean | null>(false);
  const watch = useRef<ReturnType<typeof watchVisibility> | null>(null);
  const formRef = useRef<string | null>(null);

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
      } else if (m.type === 'undone') setMessage(m.failed ? undoSummary(m.failed) : '');
      else if (m.type === 'steady') setSteady(m.steady);
    };
    port.onMessage.addListener(onMessage);
    port.postMessage({ type: 'hello' });
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

  const handlers: Pick<PanelProps, 'onFill' | 'onUndo' | 'onProfile' | 'onFocusMissing' | 'onOpenEditor'> = {
    onFill(options, at) {
      setMessage('');
      // The browser's own verdict first; the tab then checks styles, covers and movement at the click point.
      if (watch.current?.visible() === false) return setMessage(HIDDEN);
      if (!steady) return setMessage(UNSTEADY);
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
          setMessage(result.ok ? '' : result.message);
        })
        .catch((error) => setMessage(`填充失败：${String(error)}`));
    },
    onUndo: () => port.postMessage({ type: 'undo' }),
    onProfile(profileId) {
      setProblems([]);
      void sendMessage('bg:panel-choose', { profileId }).then(loadChoices);
    },
    onFocusMissing: (index) => port.postMessage({ type: 'focus-missing', index }),
    onOpenEditor: () => void sendMessage('bg:open-editor'),
  };

  return (
    <div ref={root} id="panel-root">
      {view && (
        <Panel
          view={view}
          choices={choices}
          problems={problems}
          message={message}
          ready={steady && visible !== false}
          startCollapsed={layout.startCollapsed}
          maxHeight={layout.maxHeight}
          {...handlers}
        />
      )}
    </div>
  );
}
