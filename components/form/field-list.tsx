'use client';

import { Checkboxes, DateInput, FileUpload, Hidden, Radios, Select, Textarea, TextInput, type Option } from './fields';
import type { Width } from './field-parts';

/** A field described as data, for forms whose fields are decided by the page that draws them. */
export type FieldSpec = {
  name: string;
  label: string;
  type?: 'text' | 'email' | 'password' | 'time' | 'select' | 'hidden' | 'textarea' | 'checkboxes' | 'radios' | 'date' | 'file';
  hint?: string;
  options?: Option[];
  defaultValue?: string | null;
  /** for checkboxes: the values ticked to begin with */
  defaultValues?: string[];
  width?: Width;
  rows?: number;
  autoComplete?: string;
  inputMode?: 'text' | 'decimal' | 'numeric';
  /** radios side by side (yes/no) */
  inline?: boolean;
  accept?: string;
};

export function FieldList({ fields }: { fields: FieldSpec[] }) {
  return fields.map((f) => {
    const key = f.name;
    switch (f.type) {
      case 'hidden':
        return <Hidden key={key} name={f.name} value={f.defaultValue} />;
      case 'textarea':
        return <Textarea key={key} name={f.name} label={f.label} hint={f.hint} defaultValue={f.defaultValue} rows={f.rows} />;
      case 'select':
        return <Select key={key} name={f.name} label={f.label} hint={f.hint} options={f.options ?? []} defaultValue={f.defaultValue} />;
      case 'radios':
        return <Radios key={key} name={f.name} legend={f.label} hint={f.hint} options={f.options ?? []} defaultValue={f.defaultValue} inline={f.inline} />;
      case 'checkboxes':
        return <Checkboxes key={key} name={f.name} legend={f.label} hint={f.hint} options={f.options ?? []} defaultValues={f.defaultValues} />;
      case 'date':
        return <DateInput key={key} name={f.name} legend={f.label} hint={f.hint} defaultValue={f.defaultValue} />;
      case 'file':
        return <FileUpload key={key} name={f.name} label={f.label} hint={f.hint} accept={f.accept} />;
      default:
        return (
          <TextInput
            key={key}
            name={f.name}
            label={f.label}
            hint={f.hint}
            defaultValue={f.defaultValue}
            type={f.type === 'time' || !f.type ? 'text' : f.type}
            width={f.width ?? (f.type === 'time' ? 'short' : 'full')}
            autoComplete={f.autoComplete}
            inputMode={f.inputMode}
          />
        );
    }
  });
}
