// An editable list of short texts (从域名, IP): one input per row, add and remove buttons.
import { Group } from './Group';

export interface ListInputProps {
  label: string;
  path?: string;
  value: readonly string[];
  onChange: (value: string[]) => void;
  required?: boolean;
  placeholder?: string;
  addLabel: string;
}

export function ListInput({ label, path, value, onChange, required, placeholder, addLabel }: ListInputProps) {
  const set = (i: number, v: string) => onChange(value.map((x, j) => (j === i ? v : x)));
  return (
    <Group label={label} path={path} required={required} deep class="list">
      {value.map((v, i) => (
        <div class="row" key={i}>
          <input
            aria-label={`${label} 第${i + 1}项`}
            value={v}
            placeholder={placeholder}
            onInput={(e) => set(i, e.currentTarget.value)}
          />
          <button
            type="button"
            class="link danger"
            aria-label={`删除${label} 第${i + 1}项`}
            onClick={() => onChange(value.filter((_, j) => j !== i))}
          >
            删除
          </button>
        </div>
      ))}
      <div>
        <button type="button" class="small" onClick={() => onChange([...value, ''])}>
          ＋ {addLabel}
        </button>
      </div>
    </Group>
  );
}
