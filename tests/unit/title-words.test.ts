// @vitest-environment happy-dom
// A page that draws its title without a heading tag or antd's breadcrumb (a styled div, crumbs and a menu of its
// own) is still recognised, by those words and its fields together; the same words without the fields name nothing.
import { describe, expect, it } from 'vitest';
import { snapshotPage } from '../../lib/dom/snapshot';
import { fixtureHtml } from '../fixtures/load';

const PAGES = ['subject', 'subject-unit', 'website-1', 'website-2', 'website-3', 'app'];

function open(html: string) {
  document.body.innerHTML = html.replace(/^[\s\S]*?<body[^>]*>|<\/body>[\s\S]*$/g, '');
  return snapshotPage(document);
}

/** The page with no h1 (its title in a div, split over two spans) and no antd classes on crumbs or menu. */
const withoutTrustedTitle = (html: string) =>
  html
    .replace(/<h1 class="page-heading">(.)(.+?)<\/h1>/, '<div class="page-title"><span>$1</span><b>$2</b></div>')
    .replace(/ant-breadcrumb/g, 'crumbs-own')
    .replace(/ant-menu/g, 'side-nav');

describe('a title drawn without the headings we trust', { timeout: 60_000 }, () => {
  it('the fixtures lose every trusted heading and the antd crumbs and menu', () => {
    const html = withoutTrustedTitle(fixtureHtml('default', 'app'));
    expect(html).not.toMatch(/<h[1-3][ >]|ant-breadcrumb|ant-menu/);
    expect(html).toContain('<div class="page-title"><span>新</span><b>增APP</b></div>');
  });

  for (const name of PAGES) {
    it(`${name}: the same page and step as with its heading, by the words and the fields`, () => {
      const want = open(fixtureHtml('default', name)).state;
      const got = open(withoutTrustedTitle(fixtureHtml('default', name))).state;
      expect({ form: got.form, page: got.page, step: got.step, nature: got.nature }).toEqual({
        form: want.form,
        page: want.page,
        step: want.step,
        nature: want.nature,
      });
      expect(got.evidence?.[0]).toMatch(/^页面文字「/);
    });
  }

  it('a heading with words around the title (新办网站申请（第二步）) is read by its words and the fields', () => {
    // No breadcrumb: the heading is the only place the title is written.
    const html = fixtureHtml('default', 'website-2')
      .replace('<h1 class="page-heading">新办网站申请</h1>', '<h1 class="page-heading">新办网站申请（第二步）</h1>')
      .replace(/<nav class="ant-breadcrumb[\s\S]*?<\/nav>/, '');
    expect(html).toContain('新办网站申请（第二步）');
    expect(html).not.toContain('ant-breadcrumb');
    const state = open(html).state;
    expect(state).toMatchObject({ form: 'website', page: 'website-2', step: 2 });
    expect(state.evidence?.[0]).toBe('页面文字「新办网站申请」');
    // The same words on a page without the form's fields: a results page, not the form.
    expect(open('<h1>新增主体审核结果</h1><p>已提交</p>').state).toEqual({ form: null, page: null });
  });

  it('the words alone, in tiles or a menu of its own with no form fields, name no form', () => {
    const tiles = '<main><div class="tile">新增主体</div><div class="tile">新办网站申请</div><p>新增APP</p></main>';
    expect(open(tiles).state).toEqual({ form: null, page: null });
    // A menu entry beside a form of another kind (a list page with a search field) is no title either.
    const list = `<ul class="nav"><li>新增主体</li></ul><form class="ant-form"><div class="ant-form-item">
      <div class="ant-form-item-label"><label>主体名称</label></div>
      <div class="ant-form-item-control"><input type="text"></div></div></form>`;
    expect(open(list).state).toEqual({ form: null, page: null });
  });

  it('never the words of a button or a link: with menu and crumbs gone and the title a button, nothing is named', () => {
    const noMenu = (html: string) =>
      withoutTrustedTitle(html)
        .replace(/<aside[\s\S]*?<\/aside>/, '')
        .replace(/<nav class="crumbs-own[\s\S]*?<\/nav>/, '');
    const page = noMenu(fixtureHtml('default', 'app'));
    expect(open(page).state).toMatchObject({ form: 'app', page: 'app' });
    for (const control of ['<button type="button">新增APP</button>', '<a href="/web/app/add">新增APP</a>']) {
      const html = page.replace('<div class="page-title"><span>新</span><b>增APP</b></div>', control);
      expect(html, control).toContain(control);
      expect(open(html).state, control).toEqual({ form: null, page: null });
    }
  });
});
