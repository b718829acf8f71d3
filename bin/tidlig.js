#!/usr/bin/env node
// The `tidlig` command. Runs the TypeScript sources through tsx, so there is no separate
// server build step to forget.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
