// Every Ant Design Vue class the extension relies on, in one place: when antd's markup changes, this file does.

export const ANTD = {
  formItem: '.ant-form-item',
  formItemClass: 'ant-form-item',
  label: '.ant-form-item-label',
  ownLabel: ':scope > .ant-row > .ant-form-item-label, .ant-form-item-label',
  required: '.ant-form-item-label .ant-form-item-required',
  control: '.ant-form-item-control',
  upload: '.ant-upload',
  rangePicker: '.ant-picker-range',
  picker: '.ant-picker',
  cascader: '.ant-cascader',
  multiSelect: '.ant-select-multiple',
  select: '.ant-select',
  selectionItem: '.ant-select-selection-item',
  selectionPlaceholder: '.ant-select-selection-placeholder',
  selector: '.ant-select-selector',
  radioGroup: '.ant-radio-group',
  // A radio group drawn as buttons (optionType="button") wraps each option in a button wrapper.
  radioWrapper: '.ant-radio-wrapper, .ant-radio-button-wrapper',
  checkboxGroup: '.ant-checkbox-group',
  checkboxWrapper: '.ant-checkbox-wrapper',
  checkboxWrapperClass: 'ant-checkbox-wrapper',
  segmented: '.ant-segmented',
  addRow: '.anticon-plus-circle',
  steps: '.ant-steps',
  stepItem: '.ant-steps-item',
  stepCurrent: /\bant-steps-item-(process|active)\b/,
  /** Page chrome whose text never heads a section or names a step. */
  chrome: '.ant-breadcrumb, .ant-menu, .ant-modal, .ant-select-dropdown, .ant-cascader-dropdown, .ant-picker-dropdown',
  heading: 'h1, h2, h3, .ant-page-header-heading-title',
  breadcrumbItem: '.ant-breadcrumb li',
  breadcrumbLink: '.ant-breadcrumb-link',
  button: 'button, a, .ant-btn, [role="button"]',
  form: '.ant-form',
  // What the widget drivers work with.
  cascaderMenu: '.ant-cascader-menu',
  cascaderMenuItem: '.ant-cascader-menu-item',
  messageError: '.ant-message-error',
  pickerCell: '.ant-picker-cell',
  pickerInput: '.ant-picker-input',
  pickerClear: '.ant-picker-clear',
  pickerDropdown: '.ant-picker-dropdown',
  selectClear: '.ant-select-clear',
  selectDropdown: '.ant-select-dropdown',
  selectItemOption: '.ant-select-item-option',
  selectSelectionItem: '.ant-select-selection-item',
  selectSelectionItemRemove: '.ant-select-selection-item-remove',
  selectSelectionSearchInput: '.ant-select-selection-search-input',
  selectSelector: '.ant-select-selector',
  uploadListItem: '.ant-upload-list-item',
  uploadListItemError: '.ant-upload-list-item-error',
  uploadListItemUploading: '.ant-upload-list-item-uploading',
} as const;

/** Class names (without the dot) that tell a widget's state. */
export const ANTD_CLASS = {
  checkboxWrapper: 'ant-checkbox-wrapper',
  formItem: 'ant-form-item',
  selectDisabled: 'ant-select-disabled',
  selectItemOptionDisabled: 'ant-select-item-option-disabled',
  selectOpen: 'ant-select-open',
  /** On a picker's input box while it previews the day under the pointer, in the picker's own format. */
  pickerInputPreview: 'ant-picker-input-placeholder',
  pickerCellDisabled: 'ant-picker-cell-disabled',
  uploadListItemError: 'ant-upload-list-item-error',
} as const;

/**
 * A popup's state, for any popup kind (select, cascader, picker): class patterns for hidden once closed
 * (`ant-select-dropdown-hidden`, `ant-picker-dropdown-hidden`) and a motion's leave phase while it closes
 * (`ant-slide-up-leave`, `…-leave-active`); and the inline opacity antd's trigger gives a popup while it still
 * measures and places it (its measure, align and aligned states), before it is where it will be.
 */
export const ANTD_POPUP_STATE = {
  hidden: /-dropdown-hidden\b/,
  leaving: /-leave\b/,
  placingOpacity: '0',
} as const;
