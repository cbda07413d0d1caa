// @vitest-environment happy-dom
// A browser in English gets the popup in English, through the browser's i18n and public/_locales/en.
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { newProfile } from '../../lib/profile/factory';
import { inUiLanguage } from '../../lib/rules/problem';
import { checkReadiness } from '../../lib/rules/readiness';
import { createProfileCommands } from '../../lib/store/profile-commands';
import { backgroundPerTest } from '../../tests/support/background';
import { englishBrowserPerTest } from '../../tests/support/english';
import { loadSnapshot } from '../data/store';
import { PopupApp, type PopupDeps } from './PopupApp';

const bg = backgroundPerTest();
englishBrowserPerTest();
afterEach(() => cleanup());

const deps = (): PopupDeps => ({
  readTab: async () => ({ tabId: 7, state: { form: 'subject', page: 'subject', nature: '单位' } }),
  fill: vi.fn(),
  check: async ({ profileId, page }) => {
    const profile = (await loadSnapshot()).profiles.find((p) => p.id === profileId);
    // As the background answers: each rule's text in the UI's language.
    return profile ? checkReadiness(profile, page, {}, '2026-11-28').map(inUiLanguage) : [];
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

  it('lists the rules’ findings in English, each under the platform’s own label', async () => {
    const p = newProfile('甲公司');
    const person = { ...(p.people[0] as (typeof p.people)[number]), idNo: '110105194912310021', mobile: '1380013800' };
    await bg.store.save({ ...p, people: [person] });
    render(<PopupApp deps={deps()} />);
    fireEvent.click(await screen.findByRole('button', { name: /^\d+ errors?/ }));
    const text = (await screen.findAllByRole('list')).map((l) => l.textContent).join('\n');
    expect(text).toMatch(/check character does not match/);
    expect(text).toMatch(/is empty/);
    expect(text).not.toMatch(/未填写|不符|格式不正确/);
  });
});
