import { defineExtensionMessaging } from '@webext-core/messaging';
import type { FillMode, FillPayload, FillReport, MissingField, PageState } from '../fill/types';
import type { PageKey } from '../platform/types';
import type { CommandResult, ProfileCommand, ProfilesView } from '../store/profile-commands';
import type { CheckProblem } from './problems';

/** A choice list for the in-page panel: labels only, never profile values. */
export interface PanelChoices {
  profiles: { id: string; label: string }[];
  activeId: string | null;
  websites: { id: string; label: string }[];
  apps: { id: string; label: string }[];
}

export interface FillRequest {
  tabId?: number;
  profileId?: string;
  websiteId?: string;
  appId?: string;
  mode: FillMode;
  /** The user confirmed the warnings of the check. */
  acceptWarnings: boolean;
  /** Sent by the content script of the tab itself, which already knows its page (saves a round trip). */
  state?: PageState;
}

export interface CheckRequest {
  profileId: string;
  page: PageKey;
  websiteId?: string;
  appId?: string;
}

export type FillResult =
  | { ok: true; report: FillReport }
  | {
      ok: false;
      reason: 'not-a-filing-page' | 'no-profile' | 'check-failed' | 'busy' | 'error';
      message: string;
      problems?: CheckProblem[];
    };

interface ProtocolMap {
  // background / popup → content script of a tab
  'content:state'(): PageState;
  'content:fill'(payload: FillPayload): FillReport;
  'content:undo'(): FillReport | null;
  'content:missing'(): MissingField[];
  /** Why a fill started by the keyboard shortcut did not run, shown in the panel. */
  'content:notice'(notice: { message: string; problems?: CheckProblem[] }): void;
  // popup / content script / command → background
  'bg:fill'(request: FillRequest): FillResult;
  /** The same check the fill runs, so the popup shows exactly what will block it. */
  'bg:check'(request: CheckRequest): CheckProblem[];
  'bg:panel-choices'(): PanelChoices;
  'bg:set-active'(request: { profileId: string }): void;
  /** The extension's own pages only (the background refuses content scripts): profile names and actions. */
  'bg:profiles'(): ProfilesView;
  'bg:profile'(command: ProfileCommand): CommandResult;
  'bg:attachment'(request: { token: string; id: string }): { type: string; dataBase64: string } | null;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
