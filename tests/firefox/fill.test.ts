// The Firefox build in Firefox: a profile imported through the editor, then one click in the in-page panel fills
// 新增主体 (单位 and 个人) and 新增APP, and the values reach the replica's form model (the Chromium specs'
// fill-subject and fill-app, with their expected models from tests/e2e/fill-cases.ts).
import type { Browser } from 'puppeteer-core';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { sampleProfile } from '../../lib/profile/sample';
import {
  APP_FILES,
  APP_MODEL,
  appProfile,
  doneFiles,
  PERSONAL_PERSON,
  personalProfile,
  readReplica,
  UNIT_FILES,
  UNIT_MODEL,
} from '../e2e/fill-cases';
import {
  fillFromPanel,
  find,
  launchFirefox,
  listedMissing,
  openWithImported,
  shows,
  textOf,
  until,
  waitText,
} from './firefox';

let browser: Browser;
beforeEach(async () => {
  browser = await launchFirefox();
});
afterEach(async () => {
  await browser?.close();
});

test('one click fills 新增主体 for a 单位: every value reaches the form model', async () => {
  const { page, panel } = await openWithImported(browser, '/web/subject/add', [sampleProfile()]);
  expect(await textOf(panel, '[data-testid="page-label"]')).toBe('新增主体');
  expect(await fillFromPanel(panel)).not.toMatch(/失败/);

  const snap = await page.evaluate(readReplica);
  expect(snap.model).toEqual(UNIT_MODEL);
  for (const [key, names] of Object.entries(UNIT_FILES)) expect(doneFiles(snap, key)).toEqual(names);
  await waitText(panel, '[data-testid="page-label"]', '新增主体 · 单位');
  expect(await listedMissing(panel)).toEqual([]);
  expect(await textOf(panel, '.missing .ok')).toBe('✔ 没有待填必填项');

  // The form's own validation accepts what we filled.
  await (await find(page, 'button', '提交审核')).click();
  await until(() => shows(page, '提交成功，请等待审核'), 'the replica to accept');
  expect((await page.evaluate(readReplica)).errors).toEqual([]);
});

test('a 个人 subject gets no unit fields, and 长期有效 leaves the date alone', async () => {
  const { page, panel } = await openWithImported(browser, '/web/subject/add', [personalProfile()]);
  await fillFromPanel(panel);
  const snap = await page.evaluate(readReplica);
  expect(snap.model.nature).toBe('gr');
  expect(snap.model.unitName).toBe('');
  expect(snap.model.person).toEqual(PERSONAL_PERSON);
  await waitText(panel, '[data-testid="page-label"]', '新增主体 · 个人');
  expect(await listedMissing(panel)).toEqual([]);
  expect(await panel.$('ul[aria-label="未能填充"]')).toBeNull();
});

test('one click fills 新增APP: the person block and every APP field reach the model', async () => {
  const { page, panel } = await openWithImported(browser, '/web/app/add', [appProfile()]);
  expect(await textOf(panel, '[data-testid="page-label"]')).toBe('新增APP');
  await fillFromPanel(panel);
  expect(await panel.$('ul[aria-label="未能填充"]')).toBeNull();

  const snap = await page.evaluate(readReplica);
  expect(snap.model).toMatchObject(APP_MODEL);
  for (const [key, names] of Object.entries(APP_FILES)) expect(doneFiles(snap, key)).toEqual(names);
  expect(await listedMissing(panel)).toEqual([]);

  await (await find(page, 'button', /^提\s*交$/)).click();
  await until(() => shows(page, '提交成功，请等待审核'), 'the replica to accept');
  expect((await page.evaluate(readReplica)).errors).toEqual([]);
});
