// Three selects (省 / 市 / 区县) over the GB/T 2260 tree; a level with no children ends the path.
import { useContext, useId } from 'preact/hooks';
import type { Region } from '../../lib/profile/schema';
import { regionNames, regionOptions } from '../data/regions';
import { ProblemsContext } from './Field';

const LEVELS = ['省/自治区/直辖市', '市', '区/县'] as const;

export interface RegionCascaderProps {
  label: string;
  path?: string;
  value: Region | undefined;
  onChange: (value: Region | undefined) => void;
  required?: boolean;
}

export function RegionCascader({ label, path, value, onChange, required }: RegionCascaderProps) {
  const id = useId();
  const codes = value?.codes ?? [];
  const problems = useContext(ProblemsContext).filter((p) => path !== undefined && p.path === path);
  const choose = (level: number, code: string) => {
    const next = [...codes.slice(0, level), ...(code ? [code] : [])];
    const names = regionNames(next);
    onChange(next.length && names ? { codes: next, names } : undefined);
  };
  return (
    <fieldset class="field region" aria-describedby={`${id}-msg`}>
      <legend>
        {required && (
          <span class="req" aria-hidden="true">
            *
          </span>
        )}
        {label}
      </legend>
      <div class="control">
        <div class="region-selects">
          {LEVELS.map((levelName, level) => {
            const options = regionOptions(codes.slice(0, level));
            if (level > codes.length || !options.length) return null;
            return (
              <select
                key={levelName}
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
        <div id={`${id}-msg`} class="messages" aria-live="polite">
          {problems.map((p) => (
            <div key={p.message} class={`msg msg-${p.severity}`}>
              {p.severity === 'error' ? '✖ ' : '⚠ '}
              {p.message}
            </div>
          ))}
        </div>
      </div>
    </fieldset>
  );
}
