import type { FormSpec } from './types';

/** The three forms: the heading the platform shows (and older wordings), and the wizard steps each draws. */
export const FORMS: readonly FormSpec[] = [
  { form: 'subject', titles: ['新增主体', '新增开办主体'], steps: [] },
  {
    form: 'website',
    titles: ['新办网站申请', '新办网站', '新增网站'],
    steps: [
      { name: '开办主体', position: 1, aliases: ['选择开办主体', '选择主体'], page: 'website-1' },
      { name: '网站基本信息', position: 2, page: 'website-2' },
      { name: '网站负责人', position: 3, aliases: ['网站负责人信息'], page: 'website-3' },
      { name: '提示说明', position: 4, aliases: ['提交', '告知书'], page: null },
    ],
  },
  {
    form: 'app',
    titles: ['新增APP', '新办APP', '新增APP申请'],
    // One page holds the person block and APP信息 whichever of the first two steps the bar marks.
    steps: [
      { name: '开办主体', position: 1, page: 'app' },
      { name: 'APP信息', position: 2, aliases: ['应用信息'], page: 'app' },
      { name: '提示说明', position: 3, page: null },
    ],
  },
];

export const FORM_TITLES = { subject: '新增主体', website: '新办网站申请', app: '新增APP' } as const;
