import type { namespaces } from './messages.ts';

/** Makes `t()` keys type-checked against the bokmål catalogues, the source language. */
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: { [N in keyof typeof namespaces]: (typeof namespaces)[N]['nb'] };
  }
}
