// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { type EditorProblem, ProblemsContext, TextField } from './Field';

afterEach(cleanup);

const at = { path: 'people.0.idNo', field: '负责人证件号码', severity: 'error' as const };

function Row({ problems }: { problems: EditorProblem[] }) {
  return (
    <ProblemsContext.Provider value={problems}>
      <TextField label="证件号码" path="people.0.idNo" value="" onInput={() => undefined} />
    </ProblemsContext.Provider>
  );
}

describe('Field messages', () => {
  it('waits for the blur before saying a number being typed is too short', () => {
    render(<Row problems={[{ ...at, message: '负责人证件号码应为18位：17位数字加1位数字或 X（当前8位）' }]} />);
    const input = screen.getByLabelText('证件号码');
    fireEvent.input(input, { target: { value: '11010519' } });
    expect(screen.queryByText(/应为18位/)).toBeNull();
    expect(input.getAttribute('aria-invalid')).toBe('false');
    fireEvent.focusOut(input);
    expect(screen.getByText(/应为18位/)).toBeTruthy();
    expect(input.getAttribute('aria-invalid')).toBe('true');
  });

  it('says at once what a number of full length gets wrong, without repeating the label', () => {
    render(<Row problems={[{ ...at, message: '负责人证件号码的校验位不符，请逐位核对', complete: true }]} />);
    fireEvent.input(screen.getByLabelText('证件号码'), { target: { value: '110105194912310021' } });
    expect(screen.getByText('校验位不符，请逐位核对')).toBeTruthy();
  });
});
