// The solver's worker thread starts here: its sources are TypeScript, so it registers tsx first,
// as the tidlig command does, then loads the worker proper.
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
