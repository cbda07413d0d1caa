// A date with an optional 长期有效 box beside it (the platform's 证件有效期).
import { Field } from './Field';

export interface DateInputProps {
  label: string;
  path?: string;
  value: string;
  onChange: (value: string) => void;
  required?: boolean;
  /** When given, shows 长期有效; checked disables the date. */
  longTerm?: boolean;
  onLongTerm?: (on: boolean) => void;
  hint?: string;
}

export function DateInput({ label, path, value, onChange, required, longTerm, onLongTerm, hint }: DateInputProps) {
  return (
    <Field label={label} path={path} required={required} hint={hint}>
      {({ id, describedBy, invalid }) => (
        <div class="row">
          <input
            id={id}
            type="date"
            value={longTerm ? '' : value}
            disabled={longTerm}
            aria-describedby={describedBy}
            aria-invalid={invalid}
            onInput={(e) => onChange(e.currentTarget.value)}
          />
          {onLongTerm && (
            <label class="inline">
              <input type="checkbox" checked={!!longTerm} onChange={(e) => onLongTerm(e.currentTarget.checked)} />{' '}
              长期有效
            </label>
          )}
        </div>
      )}
    </Field>
  );
}
