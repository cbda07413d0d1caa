// Shrinks a photo in the browser (canvas) until it fits a byte limit: first lower JPEG quality, then smaller size.
import { t } from '../i18n';

export const IMAGE_TYPES = ['image/png', 'image/jpeg'] as const;

/** Why the file cannot be used at all, or null. */
export function imageTypeProblem(file: { name: string; type: string }): string | null {
  if ((IMAGE_TYPES as readonly string[]).includes(file.type)) return null;
  return t('image_bad_type', file.name);
}

function loadImage(blob: Blob): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const img = new Image();
    const url = URL.createObjectURL(blob);
    img.onload = () => {
      URL.revokeObjectURL(url);
      resolve(img);
    };
    img.onerror = () => {
      URL.revokeObjectURL(url);
      reject(new Error(t('image_unreadable')));
    };
    img.src = url;
  });
}

export async function shrinkToFit(blob: Blob, maxBytes: number): Promise<Blob> {
  const img = await loadImage(blob);
  let scale = 1;
  for (let round = 0; round < 8; round++) {
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(1, Math.round(img.naturalWidth * scale));
    canvas.height = Math.max(1, Math.round(img.naturalHeight * scale));
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error(t('image_no_canvas'));
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    for (const quality of [0.9, 0.8, 0.7]) {
      const out = await new Promise<Blob | null>((r) => canvas.toBlob(r, 'image/jpeg', quality));
      if (out && out.size <= maxBytes) return out;
    }
    scale *= 0.75;
  }
  throw new Error(t('image_still_too_big'));
}
