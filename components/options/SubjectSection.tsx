// 开办主体: nature, the unit's fields, and who is the 负责人.
import { UNIT_CERT_TYPES, UNIT_KINDS } from '../../lib/profile/options';
import type { Profile } from '../../lib/profile/schema';
import { MAX_IMAGE_BYTES } from '../../lib/rules/files';
import { SelectField, TextField } from '../common/Field';
import { ImagePicker } from '../common/ImagePicker';
import { RegionCascader } from '../common/RegionCascader';
import { t } from '../i18n';
import { PersonPicker } from './PersonForm';

export function SubjectSection({ profile, set }: { profile: Profile; set: (path: string, value: unknown) => void }) {
  const s = profile.subject;
  const u = s.unit;
  const f = (k: string) => `subject.unit.${k}`;
  return (
    <section class="card" id="sec-subject" aria-labelledby="h-subject">
      <h2 id="h-subject">{t('editor_subject')}</h2>
      <SelectField
        label="开办主体性质"
        path="subject.nature"
        required
        value={s.nature}
        options={[
          { value: 'unit', label: '单位' },
          { value: 'personal', label: '个人' },
        ]}
        onChange={(v) => set('subject.nature', v)}
      />
      {s.nature === 'unit' && (
        <>
          <SelectField
            label="主办单位性质"
            path={f('kind')}
            required
            value={u.kind}
            options={UNIT_KINDS}
            onChange={(v) => set(f('kind'), v)}
          />
          <h3>主办单位信息</h3>
          <TextField label="主办单位名称" path={f('name')} required value={u.name} onInput={(v) => set(f('name'), v)} />
          <SelectField
            label="主办单位证件类型"
            path={f('certType')}
            required
            value={u.certType}
            options={UNIT_CERT_TYPES}
            onChange={(v) => set(f('certType'), v)}
          />
          <TextField
            label="主办单位证件号"
            path={f('certNo')}
            required
            value={u.certNo}
            onInput={(v) => set(f('certNo'), v.trim().toUpperCase())}
          />
          <ImagePicker
            label="主办单位有效证件"
            path={f('certImage')}
            required
            value={u.certImage}
            maxBytes={MAX_IMAGE_BYTES}
            onChange={(v) => set(f('certImage'), v)}
          />
          <RegionCascader
            label="单位办公地址"
            path={f('officeRegion')}
            required
            value={u.officeRegion}
            onChange={(v) => set(f('officeRegion'), v)}
          />
          <TextField
            label="单位办公详细地址"
            path={f('officeAddress')}
            required
            value={u.officeAddress}
            placeholder={t('subject_street_placeholder')}
            onInput={(v) => set(f('officeAddress'), v)}
          />
          <RegionCascader
            label="单位注册地址"
            path={f('regRegion')}
            value={u.regRegion}
            onChange={(v) => set(f('regRegion'), v)}
          />
          <TextField
            label="单位注册详细地址"
            path={f('regAddress')}
            value={u.regAddress}
            onInput={(v) => set(f('regAddress'), v)}
          />
          <TextField
            label="法定代表人姓名"
            path={f('legalRepName')}
            required
            value={u.legalRepName}
            onInput={(v) => set(f('legalRepName'), v)}
          />
        </>
      )}
      <PersonPicker
        label="负责人"
        path="subject.principalId"
        people={profile.people}
        value={s.principalId}
        onChange={(id) => set('subject.principalId', id)}
      />
      <p class="hint">{s.nature === 'unit' ? t('subject_jurisdiction_unit') : t('subject_jurisdiction_personal')}</p>
    </section>
  );
}
