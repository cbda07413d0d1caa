// History routes under /web/... The real paths are unknown; the extension recognises pages by
// content, so these only need to be stable for our tests.
import { createRouter, createWebHistory, type RouteRecordRaw } from 'vue-router';
import type { PageName } from './instrument';
import AppPage from './pages/AppPage.vue';
import DraftsPage from './pages/DraftsPage.vue';
import HomePage from './pages/HomePage.vue';
import PlaceholderPage from './pages/PlaceholderPage.vue';
import SubjectPage from './pages/SubjectPage.vue';
import WebsitePage from './pages/website/WebsitePage.vue';

export interface MenuGroup {
  key: string;
  label: string;
  icon: string;
  children: { path: string; label: string; page?: PageName }[];
}

export const MENU: MenuGroup[] = [
  {
    key: 'mine',
    label: '我的',
    icon: 'home',
    children: [
      { path: '/web/dashboard/home', label: '首页', page: 'home' },
      { path: '/web/business/businessHome/draft', label: '草稿', page: 'drafts' },
    ],
  },
  {
    key: 'subject',
    label: '开办主体管理',
    icon: 'subject',
    children: [
      { path: '/web/subject/add', label: '新增主体', page: 'subject' },
      { path: '/web/subject/change', label: '变更主体' },
      { path: '/web/subject/cancel', label: '注销主体' },
      { path: '/web/subject/transfer', label: '移交主体' },
      { path: '/web/subject/receive', label: '接收主体' },
    ],
  },
  {
    key: 'website',
    label: '网站业务',
    icon: 'website',
    children: [{ path: '/web/website/add', label: '新办网站申请', page: 'website' }],
  },
  {
    key: 'app',
    label: 'APP业务',
    icon: 'app',
    children: [
      { path: '/web/app/add', label: '新增APP', page: 'app' },
      { path: '/web/app/change', label: '变更APP' },
      { path: '/web/app/cancel', label: '注销APP' },
      { path: '/web/app/manage', label: '管理APP' },
    ],
  },
  {
    key: 'miniapp',
    label: '小程序业务',
    icon: 'miniapp',
    children: [{ path: '/web/miniapp/add', label: '新增小程序' }],
  },
  {
    key: 'provider',
    label: '服务商业务',
    icon: 'provider',
    children: [{ path: '/web/provider/info', label: '服务商信息' }],
  },
  {
    key: 'market',
    label: '应用市场业务',
    icon: 'market',
    children: [{ path: '/web/market/info', label: '应用市场信息' }],
  },
  { key: 'assess', label: '安全评估', icon: 'assess', children: [{ path: '/web/assess/add', label: '安全评估申请' }] },
];

const PAGES = { home: HomePage, subject: SubjectPage, website: WebsitePage, app: AppPage, drafts: DraftsPage };

const routes: RouteRecordRaw[] = [
  { path: '/', redirect: '/web/dashboard/home' },
  { path: '/web', redirect: '/web/dashboard/home' },
  ...MENU.flatMap((group) =>
    group.children.map((item) => ({
      path: item.path,
      component: item.page ? PAGES[item.page] : PlaceholderPage,
      meta: { group: group.label, groupKey: group.key, title: item.label, page: item.page ?? null },
    })),
  ),
  {
    path: '/:rest(.*)*',
    component: PlaceholderPage,
    meta: { group: '我的', groupKey: 'mine', title: '页面不存在', page: null },
  },
];

export const router = createRouter({ history: createWebHistory(), routes });
