import { Command } from 'commander';
import { describeDatabase } from '../kernel/config.ts';
import { startApp } from '../app/start.ts';
import { parseSeed } from './options.ts';

export function serveCommand(): Command {
  return new Command('serve')
    .description('migrate the database, seed the demo data when it is empty (demo mode) and serve the app')
    .option('--seed <n>', 'seed for the demo data generator', parseSeed, 1)
    .action(async (options: { seed: number }) => {
      const app = await startApp({ seed: options.seed, log: process.env.TIDLIG_LOG === '1' });
      const stopped = new Promise<void>((resolve) => {
        const stop = () => void app.close().then(resolve);
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });

      console.log(`Tidlig is using ${describeDatabase(app.config.database)}.`);
      if (app.migrationsApplied.length > 0) console.log(`Applied ${app.migrationsApplied.length} migration(s).`);
      if (app.seeded) console.log('Seeded the demo municipalities (synthetic people only).');
      for (const note of app.jobNotes) console.log(note);
      console.log(loginLine(app.url, app.config.demo));
      await stopped;
    });
}

function loginLine(url: string, demo: boolean): string {
  return demo
    ? `Serving on ${url} — demo mode: open it and log in as any demo person; every name and identity number is synthetic.`
    : `Serving on ${url} — log in with your municipality's identity provider.`;
}
