import { describe, expect, it } from 'vitest';
import { PAGE_MAPS } from '../platform';
import { sampleProfile } from '../profile/sample';
import { resolveScopes } from '../profile/scopes';
import { buildPayloadValues } from './payload';

const step2 = (profile = sampleProfile()) =>
  buildPayloadValues(PAGE_MAPS['website-2'], resolveScopes(profile, { websiteId: profile.websites[0]?.id }));

describe('网站类型 in the payload', () => {
  it('goes to the page as the cascader shows it: the category label, then the sub-category', () => {
    expect(step2()['website.siteType']).toEqual(['其他Z', '企业官网']);
    const c = sampleProfile();
    if (c.websites[0]) c.websites[0].siteType = ['C', '教育'];
    expect(step2(c)['website.siteType']).toEqual(['生活服务类C', '教育']);
  });

  it('a profile without one sends nothing for it, so the page keeps it empty and lists it', () => {
    const old = sampleProfile();
    if (old.websites[0]) delete old.websites[0].siteType;
    expect(step2(old)).not.toHaveProperty('website.siteType');
  });
});
