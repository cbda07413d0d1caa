// Messages of 保存到资料, in a map of their own so that the shared protocol stays as it is. The page has no runtime:
// only our panel frame, our pages and our content script can send these, and the background checks which one.
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { PageCapture, SkippedItem, TabCapture } from '../capture/types';
import type { FormKey } from '../platform/types';

export type CaptureResult =
  | {
      ok: true;
      form: FormKey;
      /** Values read on this page. */
      count: number;
      skipped: SkippedItem[];
      /** Wizard steps still to capture (their names). */
      missingSteps: string[];
    }
  | { ok: false; message: string };

export interface CaptureSummary {
  tabId: number;
  form: FormKey;
  title: string;
  pages: string[];
  capturedAt: string;
}

interface CaptureProtocol {
  /** Background → the tab's content script: read the open page. */
  'content:capture'(): PageCapture | null;
  /** Panel → background, on a trusted click the tab confirms. */
  'bg:capture'(request: { click: { x: number; y: number }; panelKey: string }): CaptureResult;
  /** Panel → background: open the review of this tab's capture. */
  'bg:capture-review'(request: { click: { x: number; y: number }; panelKey: string }): {
    ok: boolean;
    message?: string;
  };
  /** The options page only. */
  'bg:capture-list'(): CaptureSummary[];
  'bg:capture-get'(request: { tabId: number }): TabCapture | null;
  'bg:capture-forget'(request: { tabId: number }): void;
}

export const { sendMessage: sendCaptureMessage, onMessage: onCaptureMessage } =
  defineExtensionMessaging<CaptureProtocol>();
