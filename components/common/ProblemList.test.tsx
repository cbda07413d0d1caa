// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { afterEach, describe, expect, it } from 'vitest';
import type { CheckProblem } from '../../lib/messaging/problems';
import { countsText, groupBySection, ProblemList, ProblemSummary, toneOf } from './ProblemList';

afterEach(cleanup);

const problems: CheckProblem[] = [
  { path: 'people.0.mobile', section: '负责人信息', field: '手机号码', severity: 'warning', message: '号段少见' },
  {
    path: 'subject.unit.certNo',
    section: '主办单位信息',
    field: '主办单位证件号',
    severity: 'error',
    message: '主办单位证件号的校验位不符，请逐位核对',
  },
  { path: 'people.0.idNo', section: '负责人信息', field: '证件号码', severity: 'error', message: '证件号码应为18位' },
];

function Toggle({ list }: { list: CheckProblem[] }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <ProblemSummary problems={list} expanded={open} onToggle={() => setOpen(!open)} controls="l" />
      {open && <ProblemList id="l" problems={list} />}
    </>
  );
}

describe('ProblemList', () => {
  it('groups by section in first-seen order, errors before warnings', () => {
    const groups = groupBySection(problems);
    expect(groups.map(([s]) => s)).toEqual(['负责人信息', '主办单位信息']);
    expect(groups[0]?.[1].map((p) => p.field)).toEqual(['证件号码', '手机号码']);
  });

  it('shows every problem under its section heading, without the label twice', () => {
    render(<ProblemList problems={problems} />);
    const people = screen.getByRole('heading', { name: '负责人信息' }).parentElement as HTMLElement;
    expect(
      within(people)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['错误：证件号码 应为18位', '提醒：手机号码 号段少见']);
    expect(screen.getByText('校验位不符，请逐位核对')).toBeTruthy();
  });

  it('sums the problems up in one line that opens and closes the list', () => {
    render(<Toggle list={problems} />);
    const line = screen.getByRole('button', { name: /2 个错误 · 1 个提醒/ });
    expect(line.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('region', { name: '检查结果' })).toBeNull();
    fireEvent.click(line);
    expect(line.getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByRole('region', { name: '检查结果' })).toBeTruthy();
    fireEvent.click(line);
    expect(screen.queryByRole('region', { name: '检查结果' })).toBeNull();
  });

  it('is red with an error, amber with warnings only, green only with nothing', () => {
    const warningsOnly = problems.filter((p) => p.severity === 'warning');
    expect(toneOf(problems)).toBe('error');
    expect(toneOf(warningsOnly)).toBe('warning');
    expect(toneOf([])).toBe('ok');
    expect(countsText(warningsOnly)).toBe('1 个提醒');
    render(<Toggle list={warningsOnly} />);
    expect(screen.getByRole('button', { name: /1 个提醒/ }).className).toContain('tone-warning');
  });

  it('says the check passed, in green, when there is nothing', () => {
    render(<Toggle list={[]} />);
    expect(screen.getByText('资料检查通过').className).toContain('tone-ok');
    expect(screen.queryByRole('button')).toBeNull();
  });
});
