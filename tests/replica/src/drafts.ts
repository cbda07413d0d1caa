// 草稿 (drafts) as the platform keeps them: 保存草稿 stores the form's model and uploaded files; the drafts page
// (/web/business/businessHome/draft) lists them and opening one reopens the form with the saved values. Here they
// live in the page's localStorage (the real platform keeps them on its server).
import type { UploadFile } from 'ant-design-vue';

export interface Draft {
  id: string;
  page: 'subject';
  /** The form's path, opened with ?draft=<id>. */
  path: string;
  title: string;
  savedAt: string;
  model: unknown;
  files: Record<string, UploadFile[]>;
}

const KEY = 'replica:drafts';

export function listDrafts(): Draft[] {
  try {
    return JSON.parse(localStorage.getItem(KEY) ?? '[]') as Draft[];
  } catch {
    return [];
  }
}

/** Saves (or replaces, by id) a draft; files keep their name, type, size and the thumbnail the page shows. */
export function saveDraft(draft: Omit<Draft, 'savedAt'>): void {
  const files = Object.fromEntries(
    Object.entries(draft.files).map(([k, list]) => [
      k,
      list.map((f) => ({
        uid: f.uid,
        name: f.name,
        type: f.type,
        size: f.size,
        status: f.status,
        thumbUrl: f.thumbUrl,
      })),
    ]),
  );
  const saved = { ...JSON.parse(JSON.stringify(draft)), files, savedAt: new Date().toISOString() } as Draft;
  localStorage.setItem(KEY, JSON.stringify([saved, ...listDrafts().filter((d) => d.id !== draft.id)]));
}

export const findDraft = (id: unknown): Draft | undefined =>
  typeof id === 'string' ? listDrafts().find((d) => d.id === id) : undefined;
