// @vitest-environment happy-dom
import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fieldHash, readFieldHash } from '../../lib/messaging/editor-link';
import { newProfile } from '../../lib/profile/factory';
import { createProfileCommands } from '../../lib/store/profile-commands';
import { backgroundPerTest } from '../../tests/support/background';
import { OptionsApp } from './OptionsApp';

vi.setConfig({ testTimeout: 20_000 });
afterEach(() => {
  cleanup();
  history.replaceState(null, '', location.pathname);
});
const bg = backgroundPerTest();

const deps = () => ({ run: createProfileCommands(bg.store).run });
const focusedRow = () => document.activeElement?.closest('[data-path]')?.getAttribute('data-path');

describe('options.html#field=… leads to the field', () => {
  it('reads only its own addresses', () => {
    expect(readFieldHash(fieldHash({ profileId: 'p 1', path: 'websites.0.domain' }))).toEqual({
      profileId: 'p 1',
      path: 'websites.0.domain',
    });
    expect(readFieldHash('#sec-people')).toBeNull();
    expect(readFieldHash('#field=a"]&profile=x')).toBeNull();
  });

  it('opens that profile and focuses the input when the editor loads with the address', async () => {
    const a = newProfile('甲公司');
    const b = newProfile('乙公司');
    await bg.store.save(a);
    await bg.store.save(b);
    location.hash = fieldHash({ profileId: b.id, path: 'people.0.idNo' });
    render(<OptionsApp deps={deps()} />);
    await waitFor(() => expect(focusedRow()).toBe('people.0.idNo'));
    expect((screen.getByLabelText('资料名称') as HTMLInputElement).value).toBe('乙公司');
    // Dropped from the address, so the same link followed again is a change of hash again.
    expect(location.hash).toBe('');
  });

  it('follows a change of hash in an open editor', async () => {
    const a = newProfile('甲公司');
    const b = newProfile('乙公司');
    await bg.store.save(a);
    await bg.store.save(b);
    render(<OptionsApp deps={deps()} />);
    await screen.findByLabelText('资料名称');
    location.hash = fieldHash({ profileId: a.id, path: 'subject.unit.name' });
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    await waitFor(() => expect(focusedRow()).toBe('subject.unit.name'));
    expect((screen.getByLabelText('资料名称') as HTMLInputElement).value).toBe('甲公司');
    // A list item's path falls back to its list; a whole website to its section.
    location.hash = fieldHash({ profileId: a.id, path: 'website' });
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    await waitFor(() => expect(location.hash).toBe(''));
  });
});
