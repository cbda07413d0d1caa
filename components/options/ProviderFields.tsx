// 网络接入服务商 / 域名注册服务商 with presets that fill their fields.

import { SECTION } from '../../lib/platform/names';
import { ACCESS_METHODS, JURISDICTIONS } from '../../lib/profile/options';
import type { AccessProvider, Registrar } from '../../lib/profile/schema';
import { SelectField, TextField } from '../common/Field';
import { RegionCascader } from '../common/RegionCascader';
import { accessPresets, registrarPresets, toAccessProvider, toRegistrar } from '../data/reference';
import { t } from '../i18n';

interface Props {
  kind: 'access' | 'registrar';
  value: AccessProvider | Registrar;
  at: string;
  set: (path: string, value: unknown) => void;
}

export function ProviderFields({ kind, value, at, set }: Props) {
  const presets = kind === 'access' ? accessPresets() : registrarPresets();
  const title = kind === 'access' ? SECTION.access : SECTION.registrar;
  const f = (k: string) => `${at}.${k}`;
  const apply = (name: string) => {
    const p = presets.find((x) => x.id === name);
    if (!p) return;
    set(at, kind === 'access' ? toAccessProvider(p) : toRegistrar(p));
  };
  return (
    <fieldset class="sub">
      <legend>{title}</legend>
      <div class="field">
        <label for={`${at}-preset`}>{t('provider_presets')}</label>
        <div class="control">
          <select id={`${at}-preset`} value="" onChange={(e) => apply(e.currentTarget.value)}>
            <option value="">{t('provider_presets_hint')}</option>
            {presets.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
                {p.selectAs ? t('provider_select_other') : ''}
                {p.note ? `（${p.note}）` : ''}
              </option>
            ))}
          </select>
        </div>
      </div>
      <SelectField
        label={kind === 'access' ? '接入商所属地区管辖' : '域名商所属地区管辖'}
        path={f('jurisdiction')}
        required
        value={value.jurisdiction}
        options={JURISDICTIONS}
        onChange={(v) => set(f('jurisdiction'), v)}
      />
      <RegionCascader
        label={kind === 'access' ? '接入商所属地区' : '域名服务商所属地区'}
        path={f('region')}
        required
        value={value.region}
        onChange={(v) => set(f('region'), v)}
      />
      <TextField label="名称" path={f('name')} required value={value.name} onInput={(v) => set(f('name'), v)} />
      {kind === 'access' && (
        <SelectField
          label="网站接入方式"
          path={f('method')}
          required
          value={(value as AccessProvider).method ?? ''}
          options={ACCESS_METHODS}
          onChange={(v) => set(f('method'), v)}
        />
      )}
      <TextField
        label="服务商电话"
        path={f('phone')}
        value={value.phone}
        inputMode="tel"
        onInput={(v) => set(f('phone'), v.trim())}
      />
    </fieldset>
  );
}
