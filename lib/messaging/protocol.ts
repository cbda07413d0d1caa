import { defineExtensionMessaging } from '@webext-core/messaging';
import type { FieldLink } from '../fill/links';
import type { FillMode, FillPayload, FillReport, MissingField, PageState } from '../fill/types';
import type { PageKey } from '../platform/types';
import type { CommandResult, ProfileCommand, ProfilesView } from '../store/profile-commands';
import type { CheckProblem } from './problems';

/** A choice list for the in-page panel (an extension frame the page cannot read): labels only, never values. */
export interface PanelChoices {
  /** The store is locked: nothing else is known until the user unlocks it in the popup or the editor. */
  locked: boolean;
  profiles: { id: string; label: string }[];
  /** This tab's profile: the panel's own choice, else the stored active profile. */
  activeId: string | null;
  websites: { id: string; label: string }[];
  apps: { id: string; label: string }[];
}

export interface FillRequest {
  /** The popup names the tab; the panel's and a content script's tab is taken from the sender, never from here. */
  tabId?: number;
  profileId?: string;
  websiteId?: string;
  appId?: string;
  mode: FillMode;
  /** The user confirmed the warnings of the check. */
  acceptWarnings: boolean;
  /** Sent by the content script of the tab itself, which already knows its page (saves a round trip). */
  state?: PageState;
  /** The panel's click, in the panel frame's own pixels: the tab checks that the panel was visible under it. */
  click?: { x: number; y: number };
  /** The panel frame's secret (from its URL): the tab checks that the click was in its own panel. */
  panelKey?: string;
}

/** The user's "这是…" in the panel: this page item is that profile field; checked like a fill's click. */
export interface TeachRequest {
  link: FieldLink;
  click: { x: number; y: number };
  panelKey: string;
}

/** The editor's view of the taught fields: list them, remove one, or add those of an import file. */
export type LinksCommand =
  | { op: 'list' }
  | { op: 'remove'; link: Omit<FieldLink, 'key'> }
  | { op: 'merge'; links: FieldLink[] };

export type LinksResult = { ok: true; links: FieldLink[] } | { ok: false; message: string };

/** The tab's verdict on the panel at click time: ok when it was really visible and on top, else why not. */
export type GuardVerdict = { ok: true } | { ok: false; message: string };

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
      reason: 'not-a-filing-page' | 'no-profile' | 'check-failed' | 'busy' | 'hidden' | 'refused' | 'error';
      message: string;
      problems?: CheckProblem[];
    };

interface ProtocolMap {
  // background / popup → content script of a tab
  'content:state'(): PageState;
  'content:fill'(payload: FillPayload): FillReport;
  'content:undo'(): FillReport | null;
  'content:missing'(): MissingField[];
  /** Why a fill started by the keyboard shortcut did not run, shown in the panel (field names, never values). */
  'content:notice'(notice: { message: string; problems?: CheckProblem[] }): void;
  /** Whether the panel frame was visible and on top at the click (frame pixels); asked by the background. */
  'content:guard'(request: { click: { x: number; y: number }; panelKey: string }): GuardVerdict;
  // popup / panel frame / command → background
  'bg:fill'(request: FillRequest): FillResult;
  /** The same check the fill runs, so the popup shows exactly what will block it. */
  'bg:check'(request: CheckRequest): CheckProblem[];
  /** The panel frame only: its tab's choices. Reading them does not count as use for the idle lock. */
  'bg:panel-choices'(): PanelChoices;
  /** The panel frame only: the profile for its tab (never the stored active profile). */
  'bg:panel-choose'(request: { profileId: string }): void;
  /** The panel frame only, after the tab confirms the click: remember a field the user taught. */
  'bg:teach'(request: TeachRequest): { ok: boolean; message: string };
  /** The extension's own pages only: the taught fields. */
  'bg:links'(command: LinksCommand): LinksResult;
  /** The extension's own pages only (the background refuses content scripts): profile names and actions. */
  'bg:profiles'(): ProfilesView;
  'bg:profile'(command: ProfileCommand): CommandResult;
  'bg:attachment'(request: { token: string; id: string }): { type: string; dataBase64: string } | null;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
