import { describe, expect, it } from 'vitest';
import { readFromPanel } from './panel-port';
import { redactProblems } from './problems';
import { classifySender, isOwnPage } from './senders';

const self = { id: 'abc', origin: 'chrome-extension://abc/' };
const PLATFORM = 'https://beian.mps.gov.cn/web/subject/add';

describe('isOwnPage', () => {
  it('accepts the popup and the editor of this extension', () => {
    expect(isOwnPage({ id: 'abc', url: 'chrome-extension://abc/popup.html' }, self)).toBe(true);
    expect(isOwnPage({ id: 'abc', url: 'chrome-extension://abc/options.html#x', tab: { id: 3 } }, self)).toBe(true);
  });

  it('refuses our content script on the platform, the panel frame, other extensions and senders without a URL', () => {
    expect(isOwnPage({ id: 'abc', url: PLATFORM, frameId: 0, tab: { id: 1 } }, self)).toBe(false);
    expect(isOwnPage({ id: 'abc', url: 'chrome-extension://abc/panel.html#k', frameId: 4, tab: { id: 1 } }, self)).toBe(
      false,
    );
    expect(isOwnPage({ id: 'other', url: 'chrome-extension://abc/popup.html' }, self)).toBe(false);
    expect(isOwnPage({ id: 'abc', url: 'chrome-extension://abcd/popup.html' }, self)).toBe(false);
    expect(isOwnPage({ id: 'abc' }, self)).toBe(false);
  });
});

describe('classifySender', () => {
  it('knows the panel frame by its URL, its tab and a frame that is not the top one', () => {
    const panel = { id: 'abc', url: 'chrome-extension://abc/panel.html#k', frameId: 4, tab: { id: 9 } };
    expect(classifySender(panel, self)).toEqual({ kind: 'panel', tabId: 9, frameId: 4 });
    expect(classifySender({ ...panel, frameId: 0 }, self)).toEqual({ kind: 'refused' });
    expect(classifySender({ ...panel, tab: undefined }, self)).toEqual({ kind: 'refused' });
  });

  it('accepts a content script only in the top frame of a platform page, and takes its tab from the sender', () => {
    const content = { id: 'abc', url: PLATFORM, frameId: 0, tab: { id: 7 } };
    expect(classifySender(content, self)).toEqual({ kind: 'content', tabId: 7 });
    expect(classifySender({ ...content, frameId: 2 }, self)).toEqual({ kind: 'refused' });
    expect(classifySender({ ...content, url: 'https://beian.mps.gov.cn.evil.example/' }, self)).toEqual({
      kind: 'refused',
    });
    expect(classifySender({ ...content, origin: 'https://evil.example' }, self)).toEqual({ kind: 'refused' });
    expect(classifySender({ ...content, id: 'other' }, self)).toEqual({ kind: 'refused' });
  });
});

describe('what the panel is shown and sends', () => {
  it('names the field of a finding, never the value the rule quoted', () => {
    const shown = redactProblems([
      {
        path: 'p',
        section: '负责人信息',
        field: '证件号码',
        severity: 'error',
        message: '出生日期 2085-06-15 晚于今天',
      },
      { path: 'q', field: '手机号码', severity: 'warning', message: '校验位不正确，应为 4' },
    ]);
    expect(shown.map((p) => p.message)).toEqual([
      '负责人信息 · 证件号码：不符合平台规则，请在资料编辑器中修改',
      '手机号码：请确认（详情见扩展弹出窗口）',
    ]);
    expect(JSON.stringify(shown)).not.toMatch(/2085|应为 4/);
  });

  it('drops malformed messages from the panel', () => {
    expect(readFromPanel({ type: 'size', width: 260, height: 400 })).toEqual({ type: 'size', width: 260, height: 400 });
    expect(readFromPanel({ type: 'size', width: -1, height: 400 })).toBeNull();
    expect(readFromPanel({ type: 'focus-missing', index: 1.5 })).toBeNull();
    expect(readFromPanel({ type: 'fill' })).toBeNull();
    expect(readFromPanel(null)).toBeNull();
    expect(readFromPanel({ type: 'undo' })).toEqual({ type: 'undo' });
  });
});
