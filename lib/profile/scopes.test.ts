import { describe, expect, it } from 'vitest';
import { PersonSchema, ProfileSchema } from './schema';
import { resolveScopes, valueAt } from './scopes';

const person = (id: string, name: string) => PersonSchema.parse({ id, name });
const profile = ProfileSchema.parse({
  id: 'p1',
  displayName: '测试公司',
  createdAt: '2026-11-01T00:00:00Z',
  updatedAt: '2026-11-01T00:00:00Z',
  subject: { nature: 'unit', principalId: 'boss', unit: { name: '测试公司' } },
  people: [person('boss', '张三'), person('sec', '李四')],
  websites: [
    { id: 'w1', domain: 'a.com', securityPersonId: 'sec' },
    { id: 'w2', domain: 'b.com', emergencyPersonId: 'gone' },
  ],
  apps: [{ id: 'a1', appName: 'App', personId: 'sec' }, { id: 'a2' }],
});

describe('resolveScopes', () => {
  it('resolves persons by id, empty ids meaning the 负责人', () => {
    const s = resolveScopes(profile, { websiteId: 'w1', appId: 'a2' });
    expect(s.principal?.name).toBe('张三');
    expect(s.website?.domain).toBe('a.com');
    expect(s.security?.name).toBe('李四');
    expect(s.emergency?.name).toBe('张三');
    expect(s.appPerson?.name).toBe('张三');
    expect(s.unit.name).toBe('测试公司');
  });

  it('leaves a dangling id unresolved instead of falling back', () => {
    const s = resolveScopes(profile, { websiteId: 'w2', appId: 'a1' });
    expect(s.emergency).toBeUndefined();
    expect(s.security?.name).toBe('张三');
    expect(s.appPerson?.name).toBe('李四');
  });

  it('has no website/app scopes when none is selected', () => {
    const s = resolveScopes(profile);
    expect(s.website).toBeUndefined();
    expect(s.security).toBeUndefined();
    expect(s.appPerson).toBeUndefined();
  });

  it('reads nested payload keys and refuses inherited properties', () => {
    const s = resolveScopes(profile, { websiteId: 'w1' });
    expect(valueAt(s, 'website.access.jurisdiction')).toBe('境内');
    expect(valueAt(s, 'subject.nature')).toBe('unit');
    expect(valueAt(s, 'website.toString')).toBeUndefined();
    expect(valueAt(s, 'app.appName')).toBeUndefined();
  });
});
