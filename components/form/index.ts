export { Form, type FormAction, type Confirmation } from './form';
export { ConfirmButton } from './confirm-button';
export { SubmitButton, buttonClass, type ButtonVariant } from './button';
export { TextInput, Textarea, Select, Radios, Checkboxes, DateInput, FileUpload, Hidden, type Option } from './fields';
export { FieldList, type FieldSpec } from './field-list';
export { ErrorSummary, type FieldError } from './error-summary';
export { useErrorTitle } from './use-error-title';
