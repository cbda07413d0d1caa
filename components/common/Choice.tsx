// 是/否 radios and checkbox groups as labelled groups (a screen reader reads the question).
import { Group } from './Group';

export function YesNo({
  legend,
  path,
  value,
  onChange,
  required,
}: {
  legend: string;
  path?: string;
  value: boolean | null;
  onChange: (v: boolean) => void;
  required?: boolean;
}) {
  return (
    <Group label={legend} path={path} required={required} class="choice">
      <div role="radiogroup" aria-label={legend} class="checks">
        <label class="inline">
          <input type="radio" checked={value === true} onChange={() => onChange(true)} /> 是
        </label>
        <label class="inline">
          <input type="radio" checked={value === false} onChange={() => onChange(false)} /> 否
        </label>
      </div>
    </Group>
  );
}

export function CheckGroup<T extends string>({
  legend,
  path,
  options,
  value,
  onChange,
  disabled,
  required,
}: {
  legend: string;
  path?: string;
  options: readonly T[];
  value: readonly T[];
  onChange: (v: T[]) => void;
  disabled?: boolean;
  required?: boolean;
}) {
  const toggle = (o: T, on: boolean) =>
    onChange(on ? options.filter((x) => x === o || value.includes(x)) : value.filter((x) => x !== o));
  return (
    <Group label={legend} path={path} required={required} disabled={disabled} class="choice">
      <div class="checks">
        {options.map((o) => (
          <label key={o} class="inline">
            <input
              type="checkbox"
              disabled={disabled}
              checked={value.includes(o)}
              onChange={(e) => toggle(o, e.currentTarget.checked)}
            />{' '}
            {o}
          </label>
        ))}
      </div>
    </Group>
  );
}
