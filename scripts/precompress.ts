/**
 * A Vite plugin that writes a brotli (`.br`) and a gzip (`.gz`) copy beside every text asset
 * of the build, once, at the highest settings. The server sends them as they are
 * (@fastify/static's `preCompressed`), so no request pays for compressing and every client
 * gets the smallest file it can read.
 *
 * A dozen lines over node:zlib rather than a plugin package: nothing to keep up with Vite's
 * majors, and the build's output is exactly what this file says.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import type { Plugin } from 'vite';

const COMPRESSIBLE = /\.(js|css|html|svg|json|txt|webmanifest)$/;
// Below this a compressed copy saves less than the encoding header costs.
const MIN_BYTES = 1024;

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

/** Writes `<file>.br` and `<file>.gz` for each compressible file the bundle wrote. */
export function precompress(): Plugin {
  let outDir = '';
  return {
    name: 'tidlig-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    async closeBundle() {
      const files = await fs.readdir(outDir, { recursive: true });
      await Promise.all(files.filter((file) => COMPRESSIBLE.test(file)).map((file) => compressFile(path.join(outDir, file))));
    },
  };
}

async function compressFile(file: string): Promise<void> {
  const content = await fs.readFile(file);
  if (content.length < MIN_BYTES) return;
  const [br, gz] = await Promise.all([
    brotli(content, {
      params: {
        [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY,
        [zlib.constants.BROTLI_PARAM_SIZE_HINT]: content.length,
      },
    }),
    gzip(content, { level: zlib.constants.Z_BEST_COMPRESSION }),
  ]);
  await Promise.all([fs.writeFile(`${file}.br`, br), fs.writeFile(`${file}.gz`, gz)]);
}
