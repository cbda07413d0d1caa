// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { SessionView } from '../../lib/dom/page-session';
import { Panel, type PanelProps } from './Panel';

afterEach(cleanup);

const view = (over: Partial<SessionView> = {}): SessionView => ({
  state: {
    form: 'website',
    page: 'website-2',
    step: 2,
    evidence: ['标题「新办网站申请」', '步骤条「网站基本信息」', '页面上有 22 个已知字段'],
  },
  missing: [],
  report: null,
  busy: false,
  canUndo: false,
  ...over,
});

const props = (v: SessionView): PanelProps => ({
  view: v,
  startCollapsed: false,
  choices: { locked: false, profiles: [{ id: 'p', name: '资料' }], activeId: 'p', websites: [], apps: [] } as never,
  problems: [],
  message: '',
  ready: true,
  maxHeight: 600,
  onFill: () => {},
  onUndo: () => {},
  onProfile: () => {},
  onFocusMissing: () => {},
  onOpenEditor: () => {},
});

describe('the panel says what it recognised', () => {
  it('names the step and the evidence, never 本步骤无需填写 on a fillable step', () => {
    render(<Panel {...props(view())} />);
    expect(screen.getByTestId('page-label').textContent).toBe('新办网站申请 · 第2步 网站基本信息');
    expect(screen.getByTestId('evidence').textContent).toContain('页面上有 22 个已知字段');
    expect(screen.queryByText('本步骤无需填写。')).toBeNull();
  });

  it('lists a field it could not prove as a suggestion, not a fill', () => {
    const report = {
      page: 'website-2' as const,
      fields: [],
      suggestions: [{ section: '网站信息', label: '站点名称', key: 'website.siteName', field: '网站名称' }],
      unknownRequired: [],
      missing: [],
      durationMs: 1,
    };
    render(<Panel {...props(view({ report }))} />);
    expect(screen.getByRole('list', { name: '可能的字段' }).textContent).toBe(
      '网站信息 · 站点名称：可能是「网站名称」，未填写',
    );
  });
});
