import { fileURLToPath } from 'node:url';
import { build } from 'vite';

/**
 * Builds the web app once before the suite, so the tests always run the current sources
 * as the server serves them (from dist/web), never a stale build. Takes a few seconds.
 */
export default async function buildWebApp(): Promise<void> {
  const root = fileURLToPath(new URL('..', import.meta.url));
  // Vitest sets NODE_ENV=test, and Vite would then bundle React's development build.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ root, configFile: `${root}/vite.config.ts`, mode: 'production', logLevel: 'warn' });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
}
