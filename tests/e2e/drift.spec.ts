// The drift corpus: every form and step of the replica, in each drift variant and the default, filled from a full
// profile with one click on 一键填充; the model is then judged field by field and a table per variant printed.
// 0 wrong everywhere; every field right except with reworded labels (drift-labels), where ≥ 90 % must be.
import type { BrowserContext, Page } from '@playwright/test';
import { benchProfile } from '../../bench/data';
import type { Profile } from '../../lib/profile/schema';
import { DRIFT_VARIANTS } from '../fixtures/pages-list';
import { expectedFor, type Form, judge, type Verdict } from './drift-expect';
import { fillFromPanel, listedMissing, openWithProfiles, snapshot } from './extension-fill';
import { expect, test } from './fixtures';

// A disabled 一键填充 (step not recognised) must cost seconds, not the whole test.
test.use({ actionTimeout: 10_000 });

const TARGETS: Record<Form, { path: string; page: string; step: number | null; label: string }> = {
  'subject-unit': { path: '/web/subject/add', page: 'subject', step: null, label: '新增主体 单位' },
  'subject-personal': { path: '/web/subject/add', page: 'subject', step: null, label: '新增主体 个人' },
  'website-1': { path: '/web/website/add', page: 'website', step: 1, label: '新办网站申请 第1步' },
  'website-2': { path: '/web/website/add', page: 'website', step: 2, label: '新办网站申请 第2步' },
  'website-3': { path: '/web/website/add', page: 'website', step: 3, label: '新办网站申请 第3步' },
  app: { path: '/web/app/add', page: 'app', step: null, label: '新增APP' },
};
const FORMS = Object.keys(TARGETS) as Form[];

/** Required fields no profile has: the panel must list them (备注, only with sections-extra). */
const EXTRA_REQUIRED: Form[] = ['subject-unit', 'subject-personal', 'website-2', 'app'];

const isoDaysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);

/** The benchmark's full profile (unit with a registered address, two people, one site, one app). */
function driftProfile(form: Form): Profile {
  const profile = benchProfile();
  // Opened a few days ago: the 30-day deadline raises no warning to confirm.
  const site = profile.websites[0];
  if (site) site.openDate = isoDaysAgo(3);
  if (form === 'subject-personal') profile.subject.nature = 'personal';
  return profile;
}

interface Row extends Verdict {
  form: Form;
  missing: string[];
  problem?: string;
}

const pathOf = (variant: string, form: Form) => {
  const { path, step } = TARGETS[form];
  const query = [variant === 'default' ? '' : `variant=${variant}`, step && step > 1 ? `step=${step}` : '']
    .filter(Boolean)
    .join('&');
  return query ? `${path}?${query}` : path;
};

async function settled(page: Page, form: Form) {
  const { page: name, step } = TARGETS[form];
  await expect
    .poll(async () => ({ page: (await snapshot(page)).page, step: (await snapshot(page)).step }))
    .toEqual({
      page: name,
      step,
    });
}

async function measure(context: BrowserContext, extPage: (n: string) => Promise<Page>, variant: string, form: Form) {
  const profile = driftProfile(form);
  const { page, panel } = await openWithProfiles(context, extPage, pathOf(variant, form), [profile]);
  await settled(page, form);
  const before = await snapshot(page);
  let problem: string | undefined;
  try {
    await fillFromPanel(panel);
  } catch (error) {
    // The engine's outcome, not the harness's: the row records it and the verdict shows what stayed empty.
    problem = `一键填充 unavailable or unfinished: ${(error as Error).message.split('\n')[0]}`;
  }
  const after = await snapshot(page);
  const missing = await listedMissing(panel).catch(() => []);
  await page.close();
  return { form, missing, problem, ...judge(before, after, expectedFor(form, profile)) } satisfies Row;
}

function table(variant: string, rows: Row[]): string {
  const lines = rows.map((r) => {
    const total = r.right.length + r.wrong.length + r.empty.length;
    const pct = total ? Math.round((100 * r.right.length) / total) : 100;
    const detail = [
      r.wrong.length ? `wrong: ${r.wrong.join(', ')}` : '',
      r.empty.length ? `empty: ${r.empty.join(', ')}` : '',
      r.problem ?? '',
    ].filter(Boolean);
    const head = `${TARGETS[r.form].label.padEnd(12, '　')} right ${r.right.length}/${total} (${pct}%) · wrong ${r.wrong.length} · empty ${r.empty.length}`;
    return detail.length ? `${head}\n      ${detail.join('\n      ')}` : head;
  });
  const sum = (k: keyof Verdict) => rows.reduce((n, r) => n + r[k].length, 0);
  const total = sum('right') + sum('wrong') + sum('empty');
  return [
    `── drift · ${variant}: right ${sum('right')}/${total} · wrong ${sum('wrong')} · empty ${sum('empty')}`,
    ...lines.map((l) => `   ${l}`),
  ].join('\n');
}

for (const variant of ['default', ...DRIFT_VARIANTS]) {
  test(`drift corpus · ${variant}: every form and step filled, 0 wrong`, async ({ context, extPage }) => {
    test.setTimeout(600_000);
    const rows: Row[] = [];
    for (const form of FORMS) rows.push(await measure(context, extPage, variant, form));
    const report = table(variant, rows);
    console.log(report);
    test.info().annotations.push({ type: 'drift', description: report });

    for (const r of rows) {
      const label = `${variant} · ${TARGETS[r.form].label}`;
      const total = r.right.length + r.wrong.length + r.empty.length;
      expect.soft(r.wrong, `${label}: values in wrong fields`).toEqual([]);
      expect.soft(total, `${label}: fields judged`).toBeGreaterThan(0);
      // Reworded labels: some may stay empty (listed for the user), judged over the whole variant below.
      if (variant !== 'drift-labels') expect.soft(r.empty, `${label}: fields left empty`).toEqual([]);
      const unknown = variant === 'sections-extra' && EXTRA_REQUIRED.includes(r.form) ? ['备注'] : [];
      for (const name of unknown)
        expect
          .soft(
            r.missing.some((m) => m.includes(name)),
            `${label}: ${name} listed as still empty`,
          )
          .toBe(true);
    }
    if (variant === 'drift-labels') {
      const right = rows.reduce((n, r) => n + r.right.length, 0);
      const total = rows.reduce((n, r) => n + r.right.length + r.wrong.length + r.empty.length, 0);
      expect.soft(right / total, `${variant}: share of fields right`).toBeGreaterThanOrEqual(0.9);
    }
  });
}
