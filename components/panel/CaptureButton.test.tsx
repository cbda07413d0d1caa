// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';

const sent = vi.hoisted(() => ({ calls: [] as unknown[] }));
vi.mock('../../lib/messaging/capture-protocol', () => ({
  sendCaptureMessage: (...args: unknown[]) => {
    sent.calls.push(args);
    return Promise.resolve({ ok: true, form: 'website', count: 3, skipped: [], missingSteps: [] });
  },
}));

import { CaptureButton, captureSummary } from './CaptureButton';

afterEach(cleanup);

describe('保存到资料 in the panel', () => {
  it('ignores a click that is not the user’s own', () => {
    sent.calls = [];
    render(<CaptureButton state={{ form: 'subject', page: 'subject' }} busy={false} ready={true} />);
    // Testing Library's events are synthetic (isTrusted false), as a script's would be.
    fireEvent.click(screen.getByRole('button', { name: '保存到资料' }));
    expect(sent.calls).toEqual([]);
  });

  it('is off where there is nothing to read (step 4, another page) and while a fill runs', () => {
    const { rerender } = render(<CaptureButton state={{ form: 'website', page: null, step: 4 }} busy={false} ready />);
    expect(screen.getByRole('button', { name: '保存到资料' })).toHaveProperty('disabled', true);
    rerender(<CaptureButton state={{ form: 'subject', page: 'subject' }} busy={true} ready />);
    expect(screen.getByRole('button', { name: '保存到资料' })).toHaveProperty('disabled', true);
  });

  it('says what was read, which steps are left, and that nothing is saved before the review', () => {
    expect(captureSummary({ ok: true, form: 'website', count: 21, skipped: [], missingSteps: ['网站负责人'] })).toBe(
      '已读取本页 21 项。还需读取：「网站负责人」。点“核对并保存”在资料编辑器中确认后才会保存。',
    );
    expect(captureSummary({ ok: false, message: '此页面没有可保存的表单内容' })).toBe('此页面没有可保存的表单内容');
  });
});
