import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { DriverContext } from '../../lib/dom/drivers';
import type { createPageSession, SessionView } from '../../lib/dom/page-session';
import { type PanelChoices, sendMessage } from '../../lib/messaging/protocol';
import { undoSummary } from './labels';
import { Panel, type PanelProps } from './Panel';
import css from './panel.css?inline';
import { roomBesideForm } from './placement';
import { mountShadowHost, type ShadowHost } from './shadow-host';

/** The in-page panel: mounted on recognised pages only, removed elsewhere. */
export function createPanel(ctx: ContentScriptContext) {
  let ui: ShadowHost | null = null;
  let view: SessionView | null = null;
  let choices: PanelChoices | null = null;
  let problems: PanelProps['problems'] = [];
  let message = '';
  let startCollapsed = true;
  let handlers: Pick<PanelProps, 'onFill' | 'onUndo' | 'onProfile' | 'onFocusMissing'> | null = null;

  const draw = () => {
    if (!ui || !view || !handlers) return;
    render(
      <Panel
        view={view}
        choices={choices}
        problems={problems}
        message={message}
        startCollapsed={startCollapsed}
        {...handlers}
      />,
      ui.container,
    );
  };
  const loadChoices = async () => {
    choices = await sendMessage('bg:panel-choices').catch(() => null);
    draw();
  };

  const unmount = () => {
    if (ui) render(null, ui.container);
    ui?.remove();
    ui = null;
  };
  async function mount() {
    startCollapsed = !roomBesideForm(document);
    ui = mountShadowHost(document, css);
    await loadChoices();
  }
  ctx.onInvalidated(unmount);

  return {
    bind(session: ReturnType<typeof createPageSession>, driverContext: (token: string) => DriverContext) {
      handlers = {
        onFill(event, options) {
          // Only a real click starts a fill: a page script's synthetic click is not trusted.
          if (!event.isTrusted) return;
          const form = view?.state.form;
          message = '';
          sendMessage('bg:fill', {
            profileId: options.profileId,
            websiteId: form === 'website' ? options.targetId : undefined,
            appId: form === 'app' ? options.targetId : undefined,
            mode: options.onlyEmpty ? 'empty-only' : 'overwrite',
            acceptWarnings: options.acceptWarnings,
            state: session.view().state,
          })
            .then((result) => {
              problems = result.ok ? [] : (result.problems ?? []);
              message = result.ok ? '' : result.message;
            })
            .catch((error) => {
              message = `填充失败：${String(error)}`;
            })
            .finally(draw);
        },
        onUndo(event) {
          if (!event.isTrusted) return;
          // A partial undo must say so: a select the page offers no way to empty keeps the filled value.
          void session.undo(driverContext('')).then((failed) => {
            message = failed ? undoSummary(failed) : '';
            draw();
          });
        },
        onProfile(profileId) {
          problems = [];
          void sendMessage('bg:set-active', { profileId }).then(loadChoices);
        },
        onFocusMissing: (index) => session.focusMissing(index),
      };
      // Profiles may have changed in the popup or editor meanwhile; nothing to refresh without a panel.
      ctx.addEventListener(window, 'focus', () => ui && void loadChoices());
    },
    notice(text: string, found: PanelProps['problems']) {
      message = text;
      problems = found;
      draw();
    },
    update(next: SessionView) {
      const wasForm = view?.state.form;
      view = next;
      if (next.state.form && !ui) void mount();
      if (!next.state.form && ui) unmount();
      if (wasForm !== next.state.form) problems = [];
      draw();
    },
  };
}
