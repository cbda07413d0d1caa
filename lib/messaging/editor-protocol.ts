// "Open the editor at this field", in a map of its own so that the shared protocol stays as it is.
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { FieldTarget } from './editor-link';

interface EditorProtocol {
  /** The popup or the panel frame → background: focus (or open) the editor tab on that profile's field. */
  'bg:open-field'(target: FieldTarget): void;
}

export const { sendMessage: sendEditorMessage, onMessage: onEditorMessage } =
  defineExtensionMessaging<EditorProtocol>();
