// 应用包名: an Android applicationId / iOS bundle id in reverse-DNS form.
import { type At, error, type Problem, warning } from './problem';

// Java keywords cannot be package segments (javac rejects `com.new.app`).
const JAVA_KEYWORDS = new Set(
  (
    'abstract assert boolean break byte case catch char class const continue default do double else enum extends ' +
    'final finally float for goto if implements import instanceof int interface long native new package private ' +
    'protected public return short static strictfp super switch synchronized this throw throws transient try void ' +
    'volatile while true false null'
  ).split(' '),
);

export function checkPackageName(value: string, at: At): Problem[] {
  if (value === '') return [];
  if (value.length > 255) return [error(at, `${at.field}过长（最多255个字符）`, `${at.field}: too long`)];
  const segments = value.split('.');
  if (segments.length < 2 || segments.some((s) => s === '')) {
    return [
      error(
        at,
        `${at.field}应为以点分隔的至少两段，如 com.example.app`,
        `${at.field}: reverse-DNS like com.example.app`,
      ),
    ];
  }
  for (const s of segments) {
    if (/^[A-Za-z][A-Za-z0-9_]*$/.test(s)) {
      if (JAVA_KEYWORDS.has(s)) {
        return [
          error(at, `${at.field}中的“${s}”是 Java 关键字，不能作为包名段`, `${at.field}: ${s} is a Java keyword`),
        ];
      }
      continue;
    }
    if (/^[A-Za-z0-9][A-Za-z0-9-]*$/.test(s)) {
      // iOS bundle ids allow hyphens and leading digits; Android package names do not.
      return [
        warning(
          at,
          `${at.field}中的“${s}”只在 iOS 包名中允许（Android 包名每段须以字母开头、只含字母数字下划线）`,
          `${at.field}: segment ${s} is valid only for iOS bundle ids`,
        ),
      ];
    }
    return [error(at, `${at.field}中的“${s}”含有不允许的字符`, `${at.field}: invalid segment ${s}`)];
  }
  return [];
}
