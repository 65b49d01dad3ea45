// TanStack Form (form-core, no framework): a field validated on change by schemaOf(Status).
import { FieldApi, FormApi } from '@tanstack/form-core';
import { Enum, schemaOf } from 'tsenum';

class Status extends Enum<number> {
  static readonly PENDING = new Status(1);
  static readonly COMPLETED = new Status(10);
}

export async function main() {
  const form = new FormApi({ defaultValues: { status: 1 } });
  form.mount();
  const field = new FieldApi({
    form,
    name: 'status',
    validators: { onChange: schemaOf(Status) },
  });
  field.mount();
  for (const value of [5, 10, 7]) {
    field.handleChange(value);
    console.log('status', value, 'errors', field.state.meta.errors, 'valid', form.state.isValid);
  }
}
