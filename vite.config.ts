import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * The web app. The server serves `dist/web` under a Content Security Policy without
 * 'unsafe-inline', so the build must not inline scripts or styles: assets are always files.
 */
export default defineConfig({
  root: '.',
  plugins: [react()],
  build: {
    outDir: 'dist/web',
    emptyOutDir: true,
    // Never turn small assets into data: URLs or inline blocks the CSP would have to allow.
    assetsInlineLimit: 0,
    rolldownOptions: {
      output: {
        // Libraries change less often than our code: separate chunks stay cached across releases.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|react-router|scheduler)[\\/]/ },
            { name: 'vendor', test: /node_modules[\\/]/ },
          ],
        },
      },
    },
  },
  server: {
    proxy: { '/api': 'http://localhost:3000' },
  },
});
