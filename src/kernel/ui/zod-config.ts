import { z } from 'zod';

// Zod compiles fast parsers with `new Function` unless told not to, and decides so when a
// schema is built, at import time. Our Content Security Policy forbids eval, so this module
// must be imported before any schema: first thing in main.tsx.
z.config({ jitless: true });
