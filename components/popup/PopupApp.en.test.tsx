// @vitest-environment happy-dom
// A browser in English gets the popup in English, through the browser's i18n and public/_locales/en.
import { readFileSync } from 'node:fs';
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { type MessageEntry, messagesOf } from '../../lib/i18n';
import { newProfile } from '../../lib/profile/factory';
import { checkReadiness } from '../../lib/rules/readiness';
import { createProfileCommands } from '../../lib/store/profile-commands';
import { backgroundPerTest } from '../../tests/support/background';
import { loadSnapshot } from '../data/store';
import { PopupApp, type PopupDeps } from './PopupApp';

const en = JSON.parse(readFileSync('public/_locales/en/messages.json', 'utf8')) as Record<string, MessageEntry>;
// The browser's getMessage over the English file, as an English browser answers.
const getMessage = (key: string, subs: string[] = []) => messagesOf(en)(key, subs);

const bg = backgroundPerTest();
// After the background's own reset (hooks run in the order they were added).
beforeEach(() => {
  Object.assign(fakeBrowser, { i18n: { getMessage } });
});
afterEach(() => {
  cleanup();
  Object.assign(fakeBrowser, { i18n: undefined });
});

const deps = (): PopupDeps => ({
  readTab: async () => ({ tabId: 7, state: { form: 'subject', page: 'subject', nature: '单位' } }),
  fill: vi.fn(),
  check: async ({ profileId, page }) => {
    const profile = (await loadSnapshot()).profiles.find((p) => p.id === profileId);
    return profile ? checkReadiness(profile, page, {}, '2026-11-28') : [];
  },
  openEditor: vi.fn(),
  profiles: {
    ...createProfileCommands(bg.store),
    watch: () => () => undefined,
  },
});

describe('PopupApp in English', () => {
  it('names its controls, the problem count and the fill button in English', async () => {
    await bg.store.save(newProfile('甲公司'));
    render(<PopupApp deps={deps()} />);
    expect(await screen.findByRole('heading', { name: 'MPS Filing Autofill' })).toBeTruthy();
    expect(await screen.findByRole('button', { name: /^\d+ warnings/ })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Fill anyway' })).toBeTruthy();
    expect(screen.getByLabelText(/Only empty fields/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Copy' })).toBeTruthy();
    expect(screen.getByText('Open the profile editor')).toBeTruthy();
    // No Chinese UI text of the popup's own; the platform's page name stays as the platform writes it.
    expect(screen.getByText(/This page:/).textContent).toBe('This page: 新增主体');
  });
});
