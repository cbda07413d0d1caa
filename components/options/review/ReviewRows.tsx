// The rows of the review, grouped as the profile is (主办单位, each person, the website, the app): old → new, a
// checkbox each, the rules' messages beside the new value; a row that changes a stored value is marked 冲突.
import { useEffect, useState } from 'preact/hooks';
import { showValue } from '../../../lib/capture/paths';
import type { ReviewRow } from '../../../lib/capture/review';
import type { ImageRef } from '../../../lib/profile/schema';
import { attachmentUrl } from '../../data/attachments';
import { t } from '../../i18n';

const fieldOf = (r: ReviewRow) => (r.target.slot === 'link' ? '' : (r.target.path.at(-1) ?? ''));

const isImage = (v: unknown): v is ImageRef => typeof v === 'object' && v !== null && 'id' in v && 'size' in v;

function Thumb({ image }: { image: ImageRef }) {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    void attachmentUrl(image.id).then(setUrl);
  }, [image.id]);
  return url ? <img class="thumb" src={url} alt={image.name} /> : null;
}

function Value({ value, field }: { value: unknown; field: string }) {
  const images = (Array.isArray(value) ? value : [value]).filter(isImage);
  const text = showValue(value, field);
  return (
    <span>
      {text || <span class="hint">{t('review_empty_value')}</span>}
      {images.map((i) => (
        <Thumb key={i.id} image={i} />
      ))}
    </span>
  );
}

export function ReviewRows(props: {
  rows: ReviewRow[];
  accepted: ReadonlySet<string>;
  onToggle(id: string, on: boolean): void;
}) {
  const groups = [...new Set(props.rows.map((r) => r.group))];
  return (
    <div class="review-rows">
      {groups.map((group) => (
        <table key={group} class="review-table">
          <caption>{group}</caption>
          <colgroup>
            <col class="c-keep" />
            <col class="c-label" />
            <col class="c-old" />
            <col class="c-new" />
            <col class="c-check" />
          </colgroup>
          <thead>
            <tr>
              <th scope="col">{t('review_col_save')}</th>
              <th scope="col">{t('review_col_item')}</th>
              <th scope="col">{t('review_col_old')}</th>
              <th scope="col">{t('review_col_new')}</th>
              <th scope="col">{t('review_col_check')}</th>
            </tr>
          </thead>
          <tbody>
            {props.rows
              .filter((r) => r.group === group)
              .map((r) => {
                const errors = r.problems.some((p) => p.severity === 'error');
                const cls = [r.conflict ? 'conflict' : '', errors ? 'has-error' : ''].filter(Boolean).join(' ');
                return (
                  <tr key={r.id} class={cls} data-row={r.id}>
                    <td>
                      <input
                        type="checkbox"
                        aria-label={t('review_save_item', r.label)}
                        checked={props.accepted.has(r.id)}
                        disabled={!r.storable}
                        onChange={(e) => props.onToggle(r.id, e.currentTarget.checked)}
                      />
                    </td>
                    <th scope="row">
                      {r.label}
                      {r.conflict && <span class="badge conflict-badge">{t('review_conflict')}</span>}
                    </th>
                    <td class="old">
                      <Value value={r.old} field={fieldOf(r)} />
                    </td>
                    <td class="new">
                      <Value value={r.value} field={fieldOf(r)} />
                    </td>
                    <td>
                      {!r.storable && <p class="msg msg-error">{t('review_not_storable')}</p>}
                      {r.problems.map((p) => (
                        <p key={p.message} class={`msg msg-${p.severity}`}>
                          {p.message}
                        </p>
                      ))}
                    </td>
                  </tr>
                );
              })}
          </tbody>
        </table>
      ))}
    </div>
  );
}
