// Three selects (省 / 市 / 区县) over the GB/T 2260 tree; a level with no children ends the path.
import type { Region } from '../../lib/profile/schema';
import { regionNames, regionOptions } from '../data/regions';
import { t } from '../i18n';
import { Group } from './Group';

const LEVELS = ['region_province', 'region_city', 'region_county'] as const;

export interface RegionCascaderProps {
  label: string;
  path?: string;
  value: Region | undefined;
  onChange: (value: Region | undefined) => void;
  required?: boolean;
}

export function RegionCascader({ label, path, value, onChange, required }: RegionCascaderProps) {
  const codes = value?.codes ?? [];
  const choose = (level: number, code: string) => {
    const next = [...codes.slice(0, level), ...(code ? [code] : [])];
    const names = regionNames(next);
    onChange(next.length && names ? { codes: next, names } : undefined);
  };
  return (
    <Group label={label} path={path} required={required} class="region">
      <div class="region-selects">
        {LEVELS.map((levelKey, level) => {
          const options = regionOptions(codes.slice(0, level));
          const levelName = t(levelKey);
          if (level > codes.length || !options.length) return null;
          return (
            <select
              key={levelKey}
              aria-label={`${label}：${levelName}`}
              value={codes[level] ?? ''}
              onChange={(e) => choose(level, e.currentTarget.value)}
            >
              <option value="">{levelName}</option>
              {options.map((o) => (
                <option key={o.code} value={o.code}>
                  {o.name}
                </option>
              ))}
            </select>
          );
        })}
      </div>
    </Group>
  );
}
