// Where the capture goes: a new profile or one of the profiles; then which website or app of it, and for each
// captured person which person of the profile (matched by ID number by default) or a new one.
import type { Draft } from '../../../lib/capture/draft';
import type { ReviewTarget } from '../../../lib/capture/review';
import { PERSON_ROLES } from '../../../lib/profile/labels';
import type { Profile } from '../../../lib/profile/schema';

export function TargetPicker(props: {
  profiles: Profile[];
  draft: Draft;
  target: ReviewTarget;
  intoId: string | null;
  onInto(id: string | null): void;
  onTarget(t: ReviewTarget): void;
}) {
  const { draft, target } = props;
  const base = target.base;
  const hasSite = draft.website.length > 0 || draft.people.some((p) => p.roles.some((r) => r !== 'principal'));
  const hasApp = draft.app.length > 0;
  return (
    <section class="card review-target" aria-label="保存位置">
      <label class="row">
        <span>保存到</span>
        <select
          aria-label="保存到"
          value={props.intoId ?? ''}
          onChange={(e) => props.onInto(e.currentTarget.value || null)}
        >
          <option value="">新建资料「{props.intoId ? '…' : base.displayName}」</option>
          {props.profiles.map((p) => (
            <option key={p.id} value={p.id}>
              合并到「{p.displayName}」
            </option>
          ))}
        </select>
      </label>
      {!target.isNew && hasSite && (
        <label class="row">
          <span>网站</span>
          <select
            aria-label="网站"
            value={target.websiteId ?? ''}
            onChange={(e) => props.onTarget({ ...target, websiteId: e.currentTarget.value || null })}
          >
            <option value="">新增网站</option>
            {base.websites.map((w) => (
              <option key={w.id} value={w.id}>
                {w.siteName || w.domain || '未命名网站'}
              </option>
            ))}
          </select>
        </label>
      )}
      {!target.isNew && hasApp && (
        <label class="row">
          <span>APP</span>
          <select
            aria-label="APP"
            value={target.appId ?? ''}
            onChange={(e) => props.onTarget({ ...target, appId: e.currentTarget.value || null })}
          >
            <option value="">新增APP</option>
            {base.apps.map((a) => (
              <option key={a.id} value={a.id}>
                {a.appName || a.packageName || '未命名APP'}
              </option>
            ))}
          </select>
        </label>
      )}
      {!target.isNew &&
        draft.people.map((p, i) => {
          const roles = p.roles.map((r) => PERSON_ROLES[r].prefix).join('、');
          const name = String(p.fields.get('name')?.value ?? '');
          return (
            <label class="row" key={roles}>
              <span>
                {roles}「{name}」
              </span>
              <select
                aria-label={`${roles}对应的人员`}
                value={target.people[i] ?? ''}
                onChange={(e) => {
                  const people = [...target.people];
                  people[i] = e.currentTarget.value || null;
                  props.onTarget({ ...target, people });
                }}
              >
                <option value="">新增人员</option>
                {base.people.map((q) => (
                  <option key={q.id} value={q.id}>
                    {q.name || '未填姓名'}
                    {q.idNo ? `（证件号 …${q.idNo.slice(-4)}）` : ''}
                  </option>
                ))}
              </select>
            </label>
          );
        })}
    </section>
  );
}
