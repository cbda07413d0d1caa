import { describe, expect, it } from 'vitest';
import { describeFilePath, describeProfilePath } from './path-label';

describe('describeProfilePath', () => {
  it('names fields in the platform’s words', () => {
    expect(describeProfilePath(['websites', 0, 'domain'])).toBe('网站 1 的主域名');
    expect(describeProfilePath(['people', 1, 'idNo'])).toBe('人员 2 的证件号码');
    expect(describeProfilePath(['subject', 'unit', 'certNo'])).toBe('主办单位证件号');
    expect(describeProfilePath(['subject', 'nature'])).toBe('开办主体性质');
    expect(describeProfilePath(['websites', 0, 'access', 'name'])).toBe('网站 1 的网络接入服务商名称');
    expect(describeProfilePath(['apps', 0, 'screenshots', 2, 'size'])).toBe('APP 1 的运行截图 3 的大小');
    expect(describeProfilePath(['people', 0, 'region', 'codes', 1])).toBe('人员 1 的常住地址 的代码 2');
    expect(describeProfilePath(['displayName'])).toBe('档案名称');
    expect(describeProfilePath(['websites', 3, 'ips', 0])).toBe('网站 4 的IP 1');
  });
  it('names a container when the path ends on it', () => {
    expect(describeProfilePath(['subject'])).toBe('开办主体');
    expect(describeProfilePath(['subject', 'unit'])).toBe('主办单位');
    expect(describeProfilePath(['websites', 1, 'access'])).toBe('网站 2 的网络接入服务商');
  });
  it('names envelope fields of the export file', () => {
    expect(describeFilePath(['schemaVersion'])).toBe('数据版本');
    expect(describeFilePath(['attachments', 'a1', 'dataBase64'])).toBe('图片数据「a1」的内容');
    expect(describeFilePath(['profiles', 1, 'people', 0, 'name'])).toBe('第 2 个档案的人员 1 的姓名');
    expect(describeFilePath([])).toBe('文件结构');
  });
  it('keeps unknown keys visible instead of dropping them', () => {
    expect(describeProfilePath(['websites', 0, 'mystery'])).toBe('网站 1 的mystery');
  });
});
