// An editable list of short texts (从域名, IP): one input per row, add and remove buttons.

import { t } from '../i18n';
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
            aria-label={t('list_item', label, i + 1)}
            value={v}
            placeholder={placeholder}
            onInput={(e) => set(i, e.currentTarget.value)}
          />
          <button
            type="button"
            class="link danger"
            aria-label={t('list_remove_item', label, i + 1)}
            onClick={() => onChange(value.filter((_, j) => j !== i))}
          >
            {t('ui_delete')}
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
