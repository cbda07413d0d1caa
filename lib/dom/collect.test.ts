// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { collectItems, detectWidget } from './collect';

const item = (label: string, control: string, required = true) => `
  <div class="ant-form-item">
    <div class="ant-row">
      <div class="ant-form-item-label">${label ? `<label class="${required ? 'ant-form-item-required' : ''}">${label}</label>` : ''}</div>
      <div class="ant-form-item-control">${control}</div>
    </div>
  </div>`;

const PAGE = `
  <h1>新办网站申请</h1>
  <div class="section-title"><span>网络接入服务商</span><button>查询网络接入服务商</button></div>
  ${item('名称', '<div class="ant-select"><div class="ant-select-selector"></div></div>')}
  <div class="section-title"><span>域名注册服务商</span></div>
  ${item('名称', '<div class="ant-select"><div class="ant-select-selector"></div></div>')}
  <div class="section-title"><span>互联网危险物品信息发布</span></div>
  ${item('相关前置许可', '<div class="ant-radio-group"></div>')}
  ${item('', '<div class="ant-checkbox-group"><label class="ant-checkbox-wrapper"><input type="checkbox">教育</label></div>', false)}
  ${item('登录密码', '<input type="password">', false)}
  ${item('证件有效期', '<div class="ant-picker"><input></div><label class="ant-checkbox-wrapper"><input type="checkbox">长期有效</label>')}`;

describe('collectItems', () => {
  document.body.innerHTML = PAGE;
  const titles = ['网络接入服务商', '域名注册服务商', '互联网危险物品信息发布'];
  const items = collectItems(
    document.body,
    titles.map((title) => ({ title })),
  );

  it('puts each item in the section whose title comes before it, not in a button that mentions it', () => {
    expect(items.filter((i) => i.label === '名称').map((i) => i.section)).toEqual(['网络接入服务商', '域名注册服务商']);
  });

  it('knows an unlabelled item by the label before it', () => {
    const kinds = items.find((i) => i.label === '' && i.widget === 'checkboxgroup');
    expect(kinds).toMatchObject({ after: '相关前置许可', section: '互联网危险物品信息发布', required: false });
  });

  it('gives a password field no widget, so it can never be filled', () => {
    expect(items.find((i) => i.label === '登录密码')?.widget).toBeNull();
  });

  it('makes a lone checkbox (长期有效) an item of its own next to its date', () => {
    expect(items.find((i) => i.label === '证件有效期')?.widget).toBe('date');
    expect(items.find((i) => i.label === '长期有效')).toMatchObject({ widget: 'checkbox', required: false });
  });
});

describe('detectWidget', () => {
  it('tells the Ant Design widget kinds apart, most specific first', () => {
    const kind = (html: string) => {
      const el = document.createElement('div');
      el.innerHTML = `<div class="ant-form-item-control">${html}</div>`;
      return detectWidget(el);
    };
    expect(kind('<div class="ant-select ant-cascader"></div>')).toBe('cascader');
    expect(kind('<div class="ant-select ant-select-multiple"></div>')).toBe('multiselect');
    expect(kind('<div class="ant-picker ant-picker-range"><input><input></div>')).toBe('daterange');
    expect(kind('<div class="ant-upload"><input type="file"></div>')).toBe('upload');
    expect(kind('<input><span class="anticon-plus-circle"></span>')).toBe('repeat');
    expect(kind('<textarea></textarea>')).toBe('textarea');
    expect(kind('<input type="text">')).toBe('text');
  });
});

describe('section headings whatever their markup', () => {
  const sections = [
    { title: '网络接入服务商' },
    { title: '域名注册服务商', aliases: ['域名服务商'] },
    { title: '网站信息' },
  ];
  const select = '<div class="ant-select"><div class="ant-select-selector"></div></div>';

  it('joins a title split over two nodes and leaves out a button inside it', () => {
    document.body.innerHTML = `
      <div class="title"><i class="icon"></i><span>网络</span><span>接入服务商</span></div>
      ${item('名称', select)}
      <div class="title"><b>域名服务商</b><button>查询域名注册服务商</button></div>
      ${item('名称', select)}`;
    const found = collectItems(document.body, sections).map((i) => i.section);
    expect(found).toEqual(['网络接入服务商', '域名注册服务商']);
  });

  it('starts an unknown section at a heading drawn like the known ones, so its items belong to no known one', () => {
    document.body.innerHTML = `
      <div class="title">网络接入服务商</div>
      ${item('名称', select)}
      <div class="title">备案备注</div>
      ${item('名称', select)}`;
    const found = collectItems(document.body, sections).map((i) => i.section);
    expect(found[0]).toBe('网络接入服务商');
    expect(found[1]?.startsWith('?')).toBe(true);
  });
});
