/** The widget kinds of Ant Design Vue that the platform's forms use; one DOM driver each. */
export type WidgetKind =
  | 'text'
  | 'textarea'
  | 'select'
  | 'multiselect'
  | 'cascader'
  | 'date'
  | 'daterange'
  | 'radio'
  | 'checkbox'
  | 'checkboxgroup'
  | 'upload'
  | 'repeat';

/** A recognised form (and wizard step). */
export type PageKey = 'subject' | 'website-1' | 'website-2' | 'website-3' | 'app';

/** Shown only when another field (by payload key) holds the given value. */
export interface FieldCondition {
  key: string;
  equals: string | boolean;
}

/**
 * One field of one page: where it sits (section titles, outermost first, and the label with its known
 * variants) and which payload value goes into it through which widget driver.
 */
export interface FieldSpec {
  key: string;
  section: string;
  labels: readonly string[];
  widget: WidgetKind;
  required: boolean;
  when?: FieldCondition;
  /** Fields that change which other fields exist are filled first (lower first). */
  order?: number;
  /** Decides which other fields exist, so it is set to the profile's value even in "only empty" mode. */
  structural?: boolean;
  /**
   * For a control the platform shows without a label of its own (the kinds under a 是/否 question, 网站语种):
   * the unlabelled item right after the item with this label, or the first one of the section when ''.
   */
  after?: string;
  /** Upload limits the platform states next to the field. */
  maxFiles?: number;
}

export interface PageMap {
  page: PageKey;
  /** The heading the platform shows. */
  title: string;
  /** Wizard step title, for website steps. */
  stepTitle?: string;
  /** Section titles that may head fields on this page, in the platform's words. */
  sections: readonly string[];
  fields: readonly FieldSpec[];
}
