import { FORM_TITLE, STEP } from './names';
import type { FormSpec } from './types';

/** The three forms: the heading the platform shows (and older wordings), and the wizard steps each draws. */
export const FORMS: readonly FormSpec[] = [
  { form: 'subject', titles: [FORM_TITLE.subject, '新增开办主体'], steps: [] },
  {
    form: 'website',
    titles: [FORM_TITLE.website, '新办网站', '新增网站'],
    steps: [
      { name: STEP.subject, position: 1, aliases: ['选择开办主体', '选择主体'], page: 'website-1' },
      { name: STEP.site, position: 2, page: 'website-2' },
      { name: STEP.people, position: 3, aliases: ['网站负责人信息'], page: 'website-3' },
      { name: STEP.notice, position: 4, page: null },
    ],
  },
  {
    form: 'app',
    titles: [FORM_TITLE.app, '新办APP', '新增APP申请'],
    // One page holds the person block and APP信息 whichever of the first two steps the bar marks.
    steps: [
      { name: STEP.subject, position: 1, page: 'app' },
      { name: STEP.app, position: 2, aliases: ['应用信息'], page: 'app' },
      { name: STEP.notice, position: 3, page: null },
    ],
  },
];

export const FORM_TITLES = FORM_TITLE;
