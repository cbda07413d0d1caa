import { isImageRef, type PayloadValue } from '../../fill/types';
import { t } from '../../i18n';
import { ANTD, ANTD_CLASS } from '../../platform/antd';
import type { ImageRef } from '../../profile/schema';
import { press, textOf } from '../events';
import { FillError, waitFor } from '../wait';
import type { DriverContext, WidgetDriver } from './types';

const listItems = (item: HTMLElement) => [...item.querySelectorAll(ANTD.uploadListItem)];
const busy = (item: HTMLElement) => item.querySelector(ANTD.uploadListItemUploading) !== null;
const failed = (item: HTMLElement) => item.querySelector(ANTD.uploadListItemError) !== null;
const errorMessages = (doc: Document) => [...doc.querySelectorAll(ANTD.messageError)];

const refsOf = (value: PayloadValue): ImageRef[] => (Array.isArray(value) ? value.filter(isImageRef) : []);

/**
 * Hands files to the hidden input as a file chooser would (all at once where it takes several), and waits for the
 * page's verdict on every one of them.
 */
async function giveFiles(item: HTMLElement, files: File[], ctx: DriverContext) {
  const input = item.querySelector<HTMLInputElement>('input[type="file"]');
  if (!input || input.disabled) throw new FillError(t('driver_no_upload'));
  const before = listItems(item).length;
  const refusalsBefore = errorMessages(ctx.doc).length;
  const transfer = new DataTransfer();
  for (const file of files) transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  const names = files.map((f) => `“${f.name}”`).join('、');
  const outcome = await waitFor(
    () => {
      const refusal = errorMessages(ctx.doc)[refusalsBefore];
      if (refusal) return { refused: textOf(refusal) };
      if (failed(item)) return { refused: t('driver_upload_failed') };
      const count = listItems(item).length;
      // maxCount 1 replaces the file: the count stays, the new one must be done.
      const arrived = count >= before + files.length || (before > 0 && files.length === 1 && count === before);
      if (arrived && !busy(item)) return { refused: '' };
      return null;
    },
    ctx.timeoutMs,
    t('driver_upload_timeout', names),
    ctx.doc,
  );
  if (outcome.refused) throw new FillError(t('driver_upload_refused', names, outcome.refused));
}

async function removeAll(item: HTMLElement, ctx: DriverContext) {
  for (const entry of listItems(item)) {
    const remove =
      entry.querySelector('.anticon-delete')?.closest('button, a, span') ?? entry.querySelector('.anticon-delete');
    if (remove) press(remove);
  }
  await waitFor(() => listItems(item).length === 0, ctx.timeoutMs, t('driver_upload_not_removed'), ctx.doc);
}

export const uploadDriver: WidgetDriver = {
  read: (item) => {
    const names = listItems(item)
      .filter((el) => !el.classList.contains(ANTD_CLASS.uploadListItemError))
      .map((el) => el.getAttribute('title') ?? (textOf(el) || 'image'));
    return names.length > 0 ? names : null;
  },
  async fill(item, value, ctx) {
    const refs = refsOf(value);
    if (listItems(item).length > 0) await removeAll(item, ctx);
    const files = await Promise.all(refs.map((ref) => ctx.loadImage(ref)));
    const multiple = item.querySelector<HTMLInputElement>('input[type="file"]')?.multiple ?? false;
    if (multiple) await giveFiles(item, files, ctx);
    else for (const file of files) await giveFiles(item, [file], ctx);
  },
  async clear(item, ctx) {
    await removeAll(item, ctx);
  },
};
