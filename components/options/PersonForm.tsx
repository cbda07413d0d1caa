// One person: the platform's person block (负责人 / 安全负责人 / 应急联络人 / APP负责人).
import { PERSON_ID_TYPES } from '../../lib/profile/options';
import type { Person } from '../../lib/profile/schema';
import { MAX_IMAGE_BYTES } from '../../lib/rules/files';
import { DateInput } from '../common/DateInput';
import { SelectField, TextField } from '../common/Field';
import { ImagePicker } from '../common/ImagePicker';
import { RegionCascader } from '../common/RegionCascader';
import { t } from '../i18n';

export function PersonForm({
  person,
  at,
  set,
}: {
  person: Person;
  at: string;
  set: (path: string, value: unknown) => void;
}) {
  const f = (k: string) => `${at}.${k}`;
  return (
    <div class="form">
      <TextField label="姓名" path={f('name')} required value={person.name} onInput={(v) => set(f('name'), v)} />
      <SelectField
        label="证件类型"
        path={f('idType')}
        required
        value={person.idType}
        options={PERSON_ID_TYPES}
        onChange={(v) => set(f('idType'), v)}
      />
      <TextField
        label="证件号码"
        path={f('idNo')}
        required
        value={person.idNo}
        onInput={(v) => set(f('idNo'), v.trim())}
      />
      <DateInput
        label="证件有效期"
        path={f('idExpiry')}
        required
        value={person.idExpiry}
        onChange={(v) => set(f('idExpiry'), v)}
        longTerm={person.idLongTerm}
        onLongTerm={(on) => set(f('idLongTerm'), on)}
        hint={t('person_validity_hint')}
      />
      <div class="images">
        <ImagePicker
          label="身份证人像面"
          path={f('idFront')}
          required
          value={person.idFront}
          maxBytes={MAX_IMAGE_BYTES}
          onChange={(v) => set(f('idFront'), v)}
        />
        <ImagePicker
          label="身份证国徽面"
          path={f('idBack')}
          required
          value={person.idBack}
          maxBytes={MAX_IMAGE_BYTES}
          onChange={(v) => set(f('idBack'), v)}
        />
        <ImagePicker
          label="身份证手持"
          path={f('idHandheld')}
          required
          value={person.idHandheld}
          maxBytes={MAX_IMAGE_BYTES}
          onChange={(v) => set(f('idHandheld'), v)}
        />
      </div>
      <RegionCascader
        label="常住地址"
        path={f('region')}
        required
        value={person.region}
        onChange={(v) => set(f('region'), v)}
      />
      <TextField
        label="常住详细地址"
        path={f('address')}
        required
        value={person.address}
        placeholder={t('person_street_placeholder')}
        onInput={(v) => set(f('address'), v)}
      />
      <TextField
        label="手机号码"
        path={f('mobile')}
        required
        value={person.mobile}
        inputMode="tel"
        placeholder="手机号码格式:186xxxxxxxx"
        onInput={(v) => set(f('mobile'), v.trim())}
      />
      <TextField
        label="办公室电话"
        path={f('officePhone')}
        value={person.officePhone}
        inputMode="tel"
        placeholder={t('person_phone_placeholder')}
        onInput={(v) => set(f('officePhone'), v.trim())}
      />
      <TextField
        label="电子邮件地址"
        path={f('email')}
        value={person.email}
        inputMode="email"
        onInput={(v) => set(f('email'), v.trim())}
      />
    </div>
  );
}

/** A select of the profile's people, for 负责人 / 安全负责人 / 应急联络人 / APP负责人. */
export function PersonPicker({
  label,
  path,
  people,
  value,
  onChange,
}: {
  label: string;
  path: string;
  people: Person[];
  value: string;
  onChange: (id: string) => void;
}) {
  return (
    <SelectField
      label={label}
      path={path}
      required
      value={people.some((p) => p.id === value) ? value : ''}
      options={people.map((p, i) => ({ value: p.id, label: personLabel(p, i) }))}
      onChange={onChange}
    />
  );
}

export const personLabel = (p: Person, i: number) => p.name || t('person_unnamed', i + 1);
