// The one shape every rule reports in: Chinese first, English for a browser whose UI is English.
import { t } from '../i18n';

export type Severity = 'error' | 'warning';

export interface Problem {
  /** Where the value lives: a profile path (`websites.0.domain`) or a payload key (`website.domain`). */
  path: string;
  /** The platform's Chinese label, e.g. `负责人证件号码`. */
  field: string;
  severity: Severity;
  /** Chinese, names the field. */
  message: string;
  /** The same in English, shown when the browser's UI is English. */
  messageEn: string;
  /** The platform's section title (开办主体信息, 负责人信息, 网站信息 …), filled in by profile-check. */
  section?: string;
  /** Payload key (`principal.idNo`), filled in by profile-check / validateField. */
  key?: string;
  /** Which website or app of the profile, e.g. `网站 1「example.com」`, filled in by profile-check. */
  where?: string;
  /**
   * The value has its full length and is still wrong (a check character, a birth date): the editor says so while
   * the user types. Other problems wait for the field's blur, so a half-typed number is not scolded.
   */
  complete?: true;
}

/** Where a rule is looking: the path to report and the label to name. */
export interface At {
  path: string;
  field: string;
}

export const problem = (at: At, severity: Severity, message: string, messageEn: string): Problem => ({
  path: at.path,
  field: at.field,
  severity,
  message,
  messageEn,
});

export const error = (at: At, message: string, messageEn: string) => problem(at, 'error', message, messageEn);
export const warning = (at: At, message: string, messageEn: string) => problem(at, 'warning', message, messageEn);

/** Marks problems found in a value of full length (see `Problem.complete`). */
export const whole = (problems: Problem[]): Problem[] => problems.map((p) => ({ ...p, complete: true }));

/**
 * The problem as the UI shows it: `message` in the language the browser picked for our message files (html_lang
 * says which), so every list, the popup and the editor need not choose. Chinese stays the default.
 */
export const inUiLanguage = <P extends Problem>(p: P): P =>
  t('html_lang') === 'en' ? { ...p, message: p.messageEn } : p;
