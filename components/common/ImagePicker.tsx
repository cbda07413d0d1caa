// One image: pick or drop a file, preview it, check type and size; a photo over the limit can be shrunk with consent.
import { useContext, useEffect, useId, useState } from 'preact/hooks';
import type { ImageRef } from '../../lib/profile/schema';
import { attachmentUrl, checkPicked, putAttachment } from '../data/attachments';
import { t } from '../i18n';
import { ProblemsContext } from './Field';
import { withoutField } from './problem-text';
import { imageTypeProblem, shrinkToFit } from './shrink';
import { formatSize } from './size';

export interface ImagePickerProps {
  label: string;
  path?: string;
  value: ImageRef | undefined;
  onChange: (value: ImageRef | undefined) => void;
  maxBytes: number;
  required?: boolean;
}

export function ImagePicker({ label, path, value, onChange, maxBytes, required }: ImagePickerProps) {
  const id = useId();
  const [preview, setPreview] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [oversized, setOversized] = useState<File | null>(null);
  const [over, setOver] = useState(false);
  const problems = useContext(ProblemsContext).filter((p) => path !== undefined && p.path === path);

  useEffect(() => {
    let live = true;
    if (value) void attachmentUrl(value.id).then((u) => live && setPreview(u));
    else setPreview(null);
    return () => {
      live = false;
    };
  }, [value?.id]);

  const accept = async (blob: Blob, name: string) => {
    // By content, then decoded here: the type, the structure and the size of the picture itself.
    const checked = await checkPicked(blob, label);
    setOversized(null);
    if (!checked.ok) return setMessage(checked.message);
    onChange(putAttachment(checked.bytes, checked.type, name));
    setMessage(null);
  };
  const take = (file: File | undefined) => {
    if (!file) return;
    const bad = imageTypeProblem(file);
    if (bad) return setMessage(bad);
    if (file.size > maxBytes) {
      setOversized(file);
      return setMessage(t('image_too_big', file.name, formatSize(file.size, 'up'), formatSize(maxBytes)));
    }
    void accept(file, file.name);
  };
  const shrink = async () => {
    if (!oversized) return;
    try {
      const small = await shrinkToFit(oversized, maxBytes);
      await accept(small, oversized.name.replace(/\.\w+$/, '.jpg'));
    } catch (e) {
      setMessage(t('image_shrink_failed', (e as Error).message));
    }
  };

  return (
    <div class="field image" data-path={path}>
      <label for={id} class={required ? 'req' : undefined}>
        {label}
      </label>
      <div class="control">
        {/* biome-ignore lint/a11y/noStaticElementInteractions: dropping is a shortcut; the file input inside is the keyboard path. */}
        <div
          class={`drop${over ? ' over' : ''}`}
          onDragOver={(e) => {
            e.preventDefault();
            setOver(true);
          }}
          onDragLeave={() => setOver(false)}
          onDrop={(e) => {
            e.preventDefault();
            setOver(false);
            take(e.dataTransfer?.files[0]);
          }}
        >
          {preview ? (
            <img src={preview} alt={t('image_preview', label)} />
          ) : (
            <span class="hint">{t('image_drop')}</span>
          )}
          <input
            id={id}
            class="sr-only"
            type="file"
            accept="image/png,image/jpeg"
            onChange={(e) => take(e.currentTarget.files?.[0])}
          />
          <label for={id} class="file-button" aria-hidden="true">
            {value ? t('image_replace') : t('image_choose')}
          </label>
        </div>
        {value && (
          <div class="hint">
            {value.name} · {formatSize(value.size)}{' '}
            <button type="button" class="link danger" onClick={() => onChange(undefined)}>
              {t('image_remove')}
            </button>
          </div>
        )}
        <div class="messages" aria-live="polite">
          {message && <div class="msg tone tone-error">{message}</div>}
          {oversized && (
            <button type="button" class="small" onClick={shrink}>
              {t('image_shrink', formatSize(maxBytes))}
            </button>
          )}
          {!message &&
            problems.map((p) => (
              <div key={p.message} class={`msg tone tone-${p.severity}`}>
                {withoutField(p.message, p.field, label)}
              </div>
            ))}
        </div>
      </div>
    </div>
  );
}
