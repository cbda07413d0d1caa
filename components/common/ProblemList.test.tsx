// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { CheckProblem } from '../../lib/messaging/problems';
import { groupBySection, ProblemList } from './ProblemList';

afterEach(cleanup);

const problems: CheckProblem[] = [
  { path: 'people.0.mobile', section: '负责人信息', field: '手机号码', severity: 'warning', message: '号段少见' },
  {
    path: 'subject.unit.certNo',
    section: '主办单位信息',
    field: '主办单位证件号',
    severity: 'error',
    message: '校验位不正确',
  },
  { path: 'people.0.idNo', section: '负责人信息', field: '证件号码', severity: 'error', message: '应为18位' },
];

describe('ProblemList', () => {
  it('groups by section in first-seen order, errors before warnings', () => {
    const groups = groupBySection(problems);
    expect(groups.map(([s]) => s)).toEqual(['负责人信息', '主办单位信息']);
    expect(groups[0]?.[1].map((p) => p.field)).toEqual(['证件号码', '手机号码']);
  });

  it('shows every problem under its section heading with the counts', () => {
    render(<ProblemList problems={problems} />);
    expect(screen.getByText('2 个错误')).toBeTruthy();
    expect(screen.getByText('1 个提醒')).toBeTruthy();
    const people = screen.getByRole('heading', { name: '负责人信息' }).parentElement as HTMLElement;
    expect(
      within(people)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['错误：✖ 证件号码 应为18位', '提醒：⚠ 手机号码 号段少见']);
    expect(screen.getByRole('heading', { name: '主办单位信息' })).toBeTruthy();
  });

  it('says the check passed when there is nothing', () => {
    render(<ProblemList problems={[]} />);
    expect(screen.getByText(/资料检查通过/)).toBeTruthy();
    expect(screen.queryAllByRole('listitem')).toHaveLength(0);
  });
});
