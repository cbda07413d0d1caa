// @vitest-environment happy-dom
// Reading what a saved replica page shows, per widget kind: the page is the fixture with values drawn in as antd
// draws them (selection items, checked inputs, upload thumbnails); the replica's data-field hooks only place them.
import { beforeEach, describe, expect, it } from 'vitest';
import { fixtureHtml } from '../../tests/fixtures/load';
import { readPageValues } from './read-values';

const PNG_B64 = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

function open(name: string) {
  document.body.innerHTML = fixtureHtml('default', name).replace(/^[\s\S]*?<body[^>]*>|<\/body>[\s\S]*$/g, '');
}
const at = (field: string) => {
  const el = document.querySelector<HTMLElement>(`[data-field="${field}"]`);
  if (!el) throw new Error(`no ${field}`);
  return el;
};
const type = (field: string, value: string, nth = 0) => {
  const input = at(field).querySelectorAll<HTMLInputElement>('input:not([type=file]), textarea')[nth];
  if (!input) throw new Error(`no input in ${field}`);
  input.value = value;
};
/** A select or cascader showing a choice, as antd renders it. */
const choose = (field: string, shown: string) => {
  const selector = at(field).querySelector('.ant-select-selector');
  selector?.querySelector('.ant-select-selection-placeholder')?.remove();
  selector?.insertAdjacentHTML('beforeend', `<span class="ant-select-selection-item" title="${shown}">${shown}</span>`);
};
const tick = (field: string, label: string) => {
  const wrappers = at(field).querySelectorAll('.ant-radio-wrapper, .ant-checkbox-wrapper');
  const wrapper = [...wrappers].find((l) => l.textContent?.trim() === label);
  const input = wrapper?.querySelector('input');
  if (!input) throw new Error(`no ${label} in ${field}`);
  input.checked = true;
};
const upload = (field: string, name: string, src = `data:image/png;base64,${PNG_B64}`) =>
  at(field)
    .querySelector('.ant-upload-list')
    ?.insertAdjacentHTML(
      'afterbegin',
      `<div class="ant-upload-list-item ant-upload-list-item-done"><a class="ant-upload-list-item-thumbnail"><img src="${src}" alt="${name}"></a></div>`,
    );

const valuesOf = async () => {
  const capture = await readPageValues(document);
  if (!capture) throw new Error('nothing read');
  return { capture, value: new Map(capture.fields.map((f) => [f.key, f.value])) };
};

describe('reading a page for 保存到资料', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it('新增主体 (单位): text, selects, cascader names, date, 长期有效, uploads with their images', async () => {
    open('subject-unit');
    choose('unitKind', '企业');
    type('unitName', '杭州示例科技有限公司');
    choose('unitCertType', '统一社会信用代码证');
    type('unitCertNo', '91330110MA2H3K4L4C');
    choose('officeRegion', '浙江省 / 杭州市 / 余杭区');
    type('person.name', '张三');
    type('person.idExpiry', '2035-06-15');
    type('person.mobile', '18612345678');
    upload('unitCert', 'licence.png');
    // A thumbnail from another site is not fetched; the page's own data URL is read.
    upload('person.idFront', 'front.png', 'https://evil.example/x.png');
    const { capture, value } = await valuesOf();
    expect(capture.page).toBe('subject');
    expect(value.get('subject.nature')).toBe('单位');
    expect(value.get('unit.kind')).toBe('企业');
    expect(value.get('unit.name')).toBe('杭州示例科技有限公司');
    expect(value.get('unit.officeRegion')).toEqual(['浙江省', '杭州市', '余杭区']);
    expect(value.get('principal.idExpiry')).toBe('2035-06-15');
    expect(value.get('principal.idLongTerm')).toBe(false);
    expect(value.get('principal.mobile')).toBe('18612345678');
    // Empty fields are not read as values.
    expect(value.has('unit.regAddress')).toBe(false);
    const cert = capture.fields.find((f) => f.key === 'unit.certImage');
    expect(cert?.images).toEqual([{ name: 'licence.png', type: 'image/png', dataBase64: PNG_B64 }]);
    expect(value.has('principal.idFront')).toBe(false);
    expect(capture.skipped).toEqual([
      { section: expect.any(String), label: '身份证人像面', reason: '图片来自其他网站，未读取' },
    ]);
  });

  it('长期有效 ticked reads as a flag', async () => {
    open('subject-unit');
    const box = [...document.querySelectorAll('label')].find((l) => l.textContent?.trim() === '长期有效');
    const input = box?.querySelector('input');
    if (input) input.checked = true;
    const { value } = await valuesOf();
    expect(value.get('principal.idLongTerm')).toBe(true);
  });

  it('网站基本信息: range, repeat rows, radios, checkbox groups, provider sections told apart', async () => {
    open('website-2');
    type('siteName', '示例科技官网');
    type('certRange', '2025-01-01', 0);
    type('certRange', '2030-01-01', 1);
    type('ips.0', '47.96.0.1');
    choose('access.jurisdiction', '境内');
    choose('access.name', '阿里云计算有限公司');
    choose('registrar.name', '阿里云计算有限公司（原万网）');
    tick('interactive', '否');
    tick('languages', '英语');
    const { value } = await valuesOf();
    expect(value.get('website.siteName')).toBe('示例科技官网');
    expect(value.get('website.certRange')).toEqual(['2025-01-01', '2030-01-01']);
    expect(value.get('website.ips')).toEqual(['47.96.0.1']);
    expect(value.get('website.access.jurisdiction')).toBe('境内');
    expect(value.get('website.access.name')).toBe('阿里云计算有限公司');
    expect(value.get('website.registrar.name')).toBe('阿里云计算有限公司（原万网）');
    expect(value.get('website.interactive')).toBe('否');
    expect(value.get('website.languages')).toEqual(expect.arrayContaining(['英语']));
  });

  it('a page that is no filing form gives nothing', async () => {
    document.body.innerHTML = '<h1>首页</h1><form class="ant-form"></form>';
    expect(await readPageValues(document)).toBeNull();
  });
});
