import { zodResolver } from '@hookform/resolvers/zod';
import { useForm, type DefaultValues, type FieldValues, type UseFormProps, type UseFormReturn } from 'react-hook-form';
import type { z } from 'zod';

/**
 * A react-hook-form form checked by a Zod schema built from the capability's schema.ts, so the
 * browser refuses what the server would, by the same rule. It checks on submit only, as the
 * forms always have (a field is not marked while it is typed), and leaves the focus to useSubmit,
 * which puts it on the first error in the page's order. A form whose complaint follows the text
 * once made passes `{ reValidateMode: 'onChange' }`.
 */
export function useSchemaForm<S extends z.ZodType<unknown, FieldValues>>(
  schema: S,
  defaultValues: DefaultValues<z.input<S>>,
  options: Pick<UseFormProps<z.input<S>>, 'reValidateMode'> = {},
): UseFormReturn<z.input<S>, unknown, z.output<S>> {
  return useForm<z.input<S>, unknown, z.output<S>>({
    resolver: zodResolver(schema),
    defaultValues,
    mode: 'onSubmit',
    reValidateMode: 'onSubmit',
    shouldFocusError: false,
    ...options,
  });
}
