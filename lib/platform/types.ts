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

export type FormKey = 'subject' | 'website' | 'app';

/** Shown only when another field (by payload key) holds the given value. */
export interface FieldCondition {
  key: string;
  equals: string | boolean;
}

/**
 * One field of one page: where it sits (section title, and the label with the variants seen in guides and older
 * versions) and which payload value goes into it. `widget` is the shape of the value; the page decides the driver
 * among `widgets` (default: the kinds that can carry that shape).
 */
export interface FieldSpec {
  key: string;
  /** The section's canonical title; '' when the field may sit anywhere on the page. */
  section: string;
  labels: readonly string[];
  widget: WidgetKind;
  widgets?: readonly WidgetKind[];
  required: boolean;
  when?: FieldCondition;
  /** Fields that change which other fields exist are filled first (lower first). */
  order?: number;
  /**
   * The payload key of the field whose choice makes the page load this one's options (a provider 名称 after its
   * region): filled last, so the page loads the list while the other fields are filled.
   */
  optionsAfter?: string;
  /** Decides which other fields exist, so it is set to the profile's value even in "only empty" mode. */
  structural?: boolean;
  /**
   * For a control the platform shows without a label of its own (the kinds under a 是/否 question, 网站语种):
   * the unlabelled item right after the item with this label, or the first one of the section when ''.
   */
  after?: string;
  /** Words the field's placeholder carries (手机号码格式, 区号), as extra evidence. */
  hints?: readonly string[];
  /** Upload limits the platform states next to the field. */
  maxFiles?: number;
}

/** A section heading: the platform's title and the other wordings it has had. */
export interface SectionSpec {
  title: string;
  aliases?: readonly string[];
  /** Role prefixes this section already states, stripped from its labels before comparing (负责人, 网站). */
  implies?: readonly string[];
  /** Role prefixes of other blocks (应急联络人 under 网站安全负责人): a label that starts with one is not ours. */
  foreign?: readonly string[];
}

/** A step of a wizard: its name, its 1-based position, and other names it has been drawn with. */
export interface StepSpec {
  name: string;
  position: number;
  aliases?: readonly string[];
  /** The page filled at this step, or null (提示说明: nothing to fill). */
  page: PageKey | null;
}

export interface FormSpec {
  form: FormKey;
  /** The heading the platform shows, then other wordings of it. */
  titles: readonly string[];
  steps: readonly StepSpec[];
}

export interface PageMap {
  page: PageKey;
  form: FormKey;
  /** The heading the platform shows. */
  title: string;
  /** Wizard step name, for website steps. */
  stepTitle?: string;
  /** Sections that may head fields on this page. */
  sections: readonly SectionSpec[];
  fields: readonly FieldSpec[];
}
