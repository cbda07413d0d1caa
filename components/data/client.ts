// The editor's one way to profile data: a command to the background (lib/messaging/editor-protocol.ts), which runs
// it in its one queue with the popup's actions and the lock. A background that does not answer is a failure too.

import {
  type EditorCommand,
  type EditorOp,
  type EditorReply,
  sendEditorMessage,
} from '../../lib/messaging/editor-protocol';
import { t } from '../i18n';

export async function ask<O extends EditorOp>(command: Extract<EditorCommand, { op: O }>): Promise<EditorReply<O>> {
  try {
    return (await sendEditorMessage('bg:editor', command)) as EditorReply<O>;
  } catch (e) {
    return { ok: false, message: t('store_no_answer', (e as Error).message) };
  }
}
