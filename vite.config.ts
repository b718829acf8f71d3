import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { precompress } from './scripts/precompress.ts';

/**
 * The web app. The server serves `dist/web` under a Content Security Policy without
 * 'unsafe-inline', so the build must not inline scripts or styles: assets are always files.
 */
export default defineConfig({
  root: '.',
  plugins: [react(), precompress()],
  build: {
    // The first page's own files are all preloaded. The login page's script also carries, for
    // each capability's pages, the list of files they need: only their styles are listed, so
    // they arrive with the pages; their scripts come through the pages' own imports.
    modulePreload: {
      // Every browser Tidlig supports preloads modules itself (Chromium 66, Firefox 115, Safari
      // 17), so the polyfill's few hundred bytes would only spend the login page's budget.
      polyfill: false,
      resolveDependencies: (_file, dependencies, { hostType }) =>
        hostType === 'html' ? dependencies : dependencies.filter((dependency) => dependency.endsWith('.css')),
    },
    outDir: 'dist/web',
    emptyOutDir: true,
    // Never turn small assets into data: URLs or inline blocks the CSP would have to allow.
    assetsInlineLimit: 0,
    rolldownOptions: {
      // The design system's React package declares no `sideEffects`, and its components import
      // its own index for nothing; left so, every component would land in the first page. Its
      // modules only define components (what needs the page, @digdir/designsystemet-web, is a
      // package of its own and stays), so unused ones may go and the rest go with their pages.
      treeshake: {
        moduleSideEffects: [{ test: /@digdir[\\/]designsystemet-react[\\/]/, sideEffects: false }],
      },
      output: {
        // Libraries change less often than our code: separate chunks stay cached across releases.
        // Only what every page needs is grouped; a library only some pages use (most of the
        // design system's components) goes with those pages, so the login page stays small.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|react-router|scheduler)[\\/]/ },
            // zod-config.ts goes with zod: it must run before any chunk builds a schema (see it).
            { name: 'vendor', test: /node_modules[\\/](i18next|react-i18next|zod)[\\/]|zod-config\.ts$/ },
            // The shell's texts in one language, the frame's and the login's, as one download.
            ...['nb', 'nn', 'da', 'en'].map((language) => ({
              name: `texts-${language}`,
              test: new RegExp(`src[\\\\/]kernel[\\\\/](ui|auth[\\\\/]web)[\\\\/]messages[\\\\/]${language}\\.ts$`),
            })),
          ],
        },
        // A capability's pages are one chunk (its pages.ts); name it after the capability.
        chunkFileNames: (chunk) => {
          const capability = chunk.facadeModuleId?.match(/src[\\/]([\w-]+)[\\/]web[\\/]pages\.ts$/)?.[1];
          return `assets/${capability ?? '[name]'}-[hash].js`;
        },
      },
    },
  },
  server: {
    proxy: { '/api': 'http://localhost:3000' },
  },
});
