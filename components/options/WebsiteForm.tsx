// One website: 网站信息, both providers, service types, languages, the two people of step 3, the deadline helper.

import { SECTION } from '../../lib/platform/names';
import { CONTROLLED_ITEM_KINDS, PRE_LICENSE_KINDS, SITE_LANGUAGES } from '../../lib/profile/options';
import type { Person, Website } from '../../lib/profile/schema';
import { MAX_IMAGE_BYTES } from '../../lib/rules/files';
import { CheckGroup, YesNo } from '../common/Choice';
import { DateInput } from '../common/DateInput';
import { TextField } from '../common/Field';
import { ImagePicker } from '../common/ImagePicker';
import { ListInput } from '../common/ListInput';
import { MPS_CODES } from '../data/reference';
import { t } from '../i18n';
import { DeadlineHelper } from './DeadlineHelper';
import { PersonPicker } from './PersonForm';
import { ProviderFields } from './ProviderFields';
import { SiteTypeField } from './SiteTypeField';

interface Props {
  site: Website;
  at: string;
  people: Person[];
  today: string;
  set: (path: string, value: unknown) => void;
}

export function WebsiteForm({ site, at, people, today, set }: Props) {
  const f = (k: string) => `${at}.${k}`;
  return (
    <div class="form">
      <h3>网站信息</h3>
      <TextField
        label="网站名称"
        path={f('siteName')}
        required
        value={site.siteName}
        hint={t('website_name_hint')}
        onInput={(v) => set(f('siteName'), v)}
      />
      <SiteTypeField path={f('siteType')} value={site.siteType} onChange={(v) => set(f('siteType'), v)} />
      <TextField
        label="工信部备案号"
        path={f('icpNo')}
        required
        value={site.icpNo}
        placeholder={t('website_icp_placeholder')}
        onInput={(v) => set(f('icpNo'), v.trim())}
      />
      <DateInput
        label="网站开通日期"
        path={f('openDate')}
        required
        value={site.openDate}
        hint={t('website_opened_hint')}
        onChange={(v) => set(f('openDate'), v)}
      />
      <TextField
        label="主域名"
        path={f('domain')}
        required
        value={site.domain}
        placeholder="example.com"
        onInput={(v) => set(f('domain'), v.trim().toLowerCase())}
      />
      <ImagePicker
        label="域名证书"
        path={f('domainCert')}
        required
        value={site.domainCert}
        maxBytes={MAX_IMAGE_BYTES}
        onChange={(v) => set(f('domainCert'), v)}
      />
      <DateInput
        label="域名注册日期"
        path={f('certStart')}
        required
        value={site.certStart}
        onChange={(v) => set(f('certStart'), v)}
      />
      <DateInput
        label="域名到期日期"
        path={f('certEnd')}
        required
        value={site.certEnd}
        onChange={(v) => set(f('certEnd'), v)}
      />
      <ListInput
        label="从域名"
        path={f('otherDomains')}
        value={site.otherDomains}
        placeholder="www.example.com"
        addLabel={t('website_add_domain')}
        onChange={(v) => set(f('otherDomains'), v)}
      />
      <ListInput
        label="IP"
        path={f('ips')}
        required
        value={site.ips}
        placeholder="203.0.113.10"
        addLabel={t('website_add_ip')}
        onChange={(v) => set(f('ips'), v)}
      />
      <TextField
        label="市值"
        path={f('marketValue')}
        value={site.marketValue}
        onInput={(v) => set(f('marketValue'), v)}
      />
      <TextField
        label="月活用户数量"
        path={f('monthlyActive')}
        value={site.monthlyActive}
        onInput={(v) => set(f('monthlyActive'), v)}
      />
      <ProviderFields kind="access" value={site.access} at={f('access')} set={set} />
      <details class="mps-codes">
        <summary>{t('police_codes_title')}</summary>
        <table>
          <caption class="sr-only">{t('police_codes')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('police_codes_place')}</th>
              <th scope="col">{t('police_codes_code')}</th>
            </tr>
          </thead>
          <tbody>
            {MPS_CODES.map((c) => (
              <tr key={c.code}>
                <td>{c.city}</td>
                <td>
                  <code>{c.code}</code>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
      <ProviderFields kind="registrar" value={site.registrar} at={f('registrar')} set={set} />
      <h3>服务类型</h3>
      <YesNo
        legend="是否提供互联网交互服务"
        path={f('interactive')}
        required
        value={site.interactive}
        onChange={(v) => set(f('interactive'), v)}
      />
      <h3>互联网危险物品信息发布</h3>
      <YesNo
        legend="是否提供涉及管制物品信息发布服务"
        path={f('controlledItems')}
        required
        value={site.controlledItems}
        onChange={(v) => set(f('controlledItems'), v)}
      />
      <CheckGroup
        legend="管制物品种类"
        path={f('controlledKinds')}
        options={CONTROLLED_ITEM_KINDS}
        value={site.controlledKinds}
        disabled={site.controlledItems !== true}
        onChange={(v) => set(f('controlledKinds'), v)}
      />
      <YesNo
        legend="相关前置许可"
        path={f('preLicense')}
        required
        value={site.preLicense}
        onChange={(v) => set(f('preLicense'), v)}
      />
      <CheckGroup
        legend="前置许可种类"
        path={f('preLicenseKinds')}
        options={PRE_LICENSE_KINDS}
        value={site.preLicenseKinds}
        disabled={site.preLicense !== true}
        onChange={(v) => set(f('preLicenseKinds'), v)}
      />
      <CheckGroup
        legend={SECTION.languages}
        path={f('languages')}
        options={SITE_LANGUAGES}
        value={site.languages}
        onChange={(v) => set(f('languages'), v)}
      />
      <h3>网站负责人</h3>
      <PersonPicker
        label={SECTION.security}
        path={f('securityPersonId')}
        people={people}
        value={site.securityPersonId}
        onChange={(id) => set(f('securityPersonId'), id)}
      />
      <PersonPicker
        label={SECTION.emergency}
        path={f('emergencyPersonId')}
        people={people}
        value={site.emergencyPersonId}
        onChange={(id) => set(f('emergencyPersonId'), id)}
      />
      <DeadlineHelper site={site} at={at} today={today} set={set} />
    </div>
  );
}
