// The error summary lives with the form kit; this path stays for the forms that import it directly.
export { ErrorSummary, type FieldError } from './form/error-summary';
