// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
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
  undoCount: 0,
  marking: false,
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
  onTeach: () => {},
  onFocusField: () => {},
  onMark: () => {},
  onOpenEditor: () => {},
  onOpenField: () => {},
  onFold: () => {},
  onDrag: () => {},
  onNudge: () => {},
  side: 'right',
  onDock: () => {},
});

/** happy-dom's dispatched events are untrusted, as a page's would be; a user's click is trusted. */
const userClick = (el: Element) => {
  const event = new MouseEvent('click', { bubbles: true, clientX: 5, clientY: 6 });
  Object.defineProperty(event, 'isTrusted', { value: true });
  act(() => {
    el.dispatchEvent(event);
  });
};

describe('the panel says what it recognised', () => {
  it('names the step and the evidence, never 本步骤无需填写 on a fillable step', () => {
    render(<Panel {...props(view())} />);
    expect(screen.getByTestId('page-label').textContent).toBe('新办网站申请 · 第2步 网站基本信息');
    expect(screen.getByTestId('evidence').textContent).toContain('页面上有 22 个已知字段');
    expect(screen.queryByText('这一步没有需要填充的内容。')).toBeNull();
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
      '网站信息 · 站点名称：可能是「网站名称」，未填充 是，记住',
    );
  });
});

describe('a user teaches a field (这是…)', () => {
  const missing = [
    {
      section: '',
      sectionKey: '?联系方式',
      label: '移动电话',
      index: 2,
      likely: [
        { key: 'appPerson.mobile', field: '负责人信息 · 手机号码' },
        { key: 'appPerson.officePhone', field: '负责人信息 · 办公室电话' },
      ],
    },
    { section: '负责人信息', sectionKey: '负责人信息', label: '备注', index: 3, likely: [] },
  ];

  it('offers the likely profile fields of an empty required item and sends the chosen one with the click', () => {
    const onTeach = vi.fn();
    render(<Panel {...props(view({ state: { form: 'app', page: 'app' }, missing }))} onTeach={onTeach} />);
    expect(screen.getAllByText('这是…')).toHaveLength(1);
    userClick(screen.getByRole('button', { name: '移动电话：这是…' }));
    const choices = screen.getByRole('list', { name: '「移动电话」是哪一项' });
    expect(choices.textContent).toBe('负责人信息 · 手机号码负责人信息 · 办公室电话');
    userClick(screen.getByRole('button', { name: '负责人信息 · 手机号码' }));
    expect(onTeach).toHaveBeenCalledTimes(1);
    expect(onTeach.mock.calls[0]?.[0]).toEqual({ section: '?联系方式', label: '移动电话', key: 'appPerson.mobile' });
    expect(onTeach.mock.calls[0]?.[1]).toMatchObject({ clientX: 5, clientY: 6 });
    expect(screen.queryByRole('list', { name: '「移动电话」是哪一项' })).toBeNull();
  });

  it('ignores a click the page scripted', () => {
    const onTeach = vi.fn();
    render(<Panel {...props(view({ state: { form: 'app', page: 'app' }, missing }))} onTeach={onTeach} />);
    fireEvent.click(screen.getByRole('button', { name: '移动电话：这是…' }));
    expect(screen.queryByRole('list', { name: '「移动电话」是哪一项' })).toBeNull();
    userClick(screen.getByRole('button', { name: '移动电话：这是…' }));
    fireEvent.click(screen.getByRole('button', { name: '负责人信息 · 手机号码' }));
    expect(onTeach).not.toHaveBeenCalled();
  });

  it('confirms a suggestion as a link', () => {
    const onTeach = vi.fn();
    const report = {
      page: 'website-2' as const,
      fields: [],
      suggestions: [{ section: '网站信息', label: '站点名称', key: 'website.siteName', field: '网站名称' }],
      unknownRequired: [],
      missing: [],
      durationMs: 1,
    };
    render(<Panel {...props(view({ report }))} onTeach={onTeach} />);
    userClick(screen.getByRole('button', { name: '是，记住' }));
    expect(onTeach.mock.calls[0]?.[0]).toEqual({ section: '网站信息', label: '站点名称', key: 'website.siteName' });
  });
});

describe('the report can be checked', () => {
  const report = {
    page: 'subject' as const,
    fields: [
      { key: 'unit.name', section: '主办单位信息', label: '主办单位名称', outcome: 'filled' as const },
      { key: 'unit.certNo', section: '主办单位信息', label: '主办单位证件号码', outcome: 'kept' as const },
      {
        key: 'principal.mobile',
        section: '负责人信息',
        label: '负责人手机号码',
        outcome: 'failed' as const,
        reason: '下拉框没有打开',
      },
    ],
    unknownRequired: [],
    missing: [],
    durationMs: 1,
  };

  it('lists every outcome, failures open, and an entry scrolls to its field', () => {
    const onFocusField = vi.fn();
    render(<Panel {...props(view({ report, canUndo: true, undoCount: 1 }))} onFocusField={onFocusField} />);
    expect(screen.getByRole('list', { name: '未能填充' }).textContent).toBe(
      '负责人信息 · 负责人手机号码：下拉框没有打开',
    );
    expect(screen.getByText('已填充（1）')).toBeTruthy();
    expect(screen.getByText('已有值未改（1）')).toBeTruthy();
    userClick(screen.getByRole('button', { name: '主办单位信息 · 主办单位名称' }));
    expect(onFocusField).toHaveBeenCalledWith('unit.name');
    expect(screen.getByRole('button', { name: /^撤销上一次填充：1 项$/ })).toBeTruthy();
  });

  it('colours by outcome: red for a failure or refusal, amber for warnings, green only for a clean fill', () => {
    const { rerender } = render(<Panel {...props(view({ report }))} />);
    expect(screen.getByRole('status').className).toBe('status error');
    const clean = { ...report, fields: report.fields.filter((f) => f.outcome !== 'failed') };
    rerender(<Panel {...props(view({ report: clean }))} />);
    expect(screen.getByRole('status').className).toBe('status ok');
    const empty = { ...clean, missing: [{ section: '', sectionKey: '', label: '备注', index: 0 }] };
    rerender(<Panel {...props(view({ report: empty }))} />);
    expect(screen.getByRole('status').className).toBe('status warning');
    rerender(<Panel {...props(view({ report: clean }))} message="资料有 3 处错误，请先修改" />);
    expect(screen.getByRole('status').className).toBe('status error');
    rerender(<Panel {...props(view({ report: clean }))} message="资料有 2 条提醒，确认后再填充" tone="warning" />);
    expect(screen.getByRole('status').className).toBe('status warning');
  });

  it('offers 新建资料 and 导入 itself when there is no profile, and 打开资料编辑器 always', () => {
    const onOpenEditor = vi.fn();
    const none = { locked: false, profiles: [], activeId: null, websites: [], apps: [] };
    render(<Panel {...props(view())} choices={none} onOpenEditor={onOpenEditor} />);
    userClick(screen.getByRole('button', { name: '新建资料' }));
    userClick(screen.getByRole('button', { name: '导入' }));
    userClick(screen.getByRole('button', { name: '打开资料编辑器' }));
    expect(onOpenEditor).toHaveBeenCalledTimes(3);
  });

  it('turns 标出待填项 on and off for the user only', () => {
    const onMark = vi.fn();
    render(<Panel {...props(view({ marking: false }))} onMark={onMark} />);
    const box = screen.getByRole('checkbox', { name: '在页面上标出待填项' }) as HTMLInputElement;
    fireEvent.click(box);
    expect(onMark).not.toHaveBeenCalled();
    expect(box.checked).toBe(false);
    box.checked = true;
    const change = new Event('change', { bubbles: true });
    Object.defineProperty(change, 'isTrusted', { value: true });
    act(() => {
      box.dispatchEvent(change);
    });
    expect(onMark).toHaveBeenCalledWith(true);
  });
});

describe('a problem leads to its field', () => {
  it('opens the field of a refused check in the editor, for the user only', () => {
    const onOpenField = vi.fn();
    const problems = [
      {
        path: 'subject.unit.name',
        field: '主办单位名称',
        severity: 'error' as const,
        message: '主办单位名称：不符合平台规则',
      },
    ];
    render(<Panel {...props(view())} problems={problems} onOpenField={onOpenField} />);
    const link = screen.getByRole('button', { name: '主办单位名称：不符合平台规则' });
    fireEvent.click(link);
    expect(onOpenField).not.toHaveBeenCalled();
    userClick(link);
    expect(onOpenField).toHaveBeenCalledWith('subject.unit.name');
  });
});
