/**
 * The built web app must run under the server's Content Security Policy, which allows
 * scripts and styles from files only ('self', no 'unsafe-inline'). Checks the built HTML.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const html = () => fs.readFileSync(path.resolve('dist/web/index.html'), 'utf8');

describe('the built index.html', () => {
  it('has no inline script: every <script> has a src', () => {
    const scripts = html().match(/<script\b[^>]*>/g) ?? [];
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) expect(script).toMatch(/\ssrc=/);
  });

  it('has no inline style: no <style> element and no style attribute', () => {
    expect(html()).not.toMatch(/<style\b/i);
    expect(html()).not.toMatch(/\sstyle=/i);
  });

  it('has no inline event handlers', () => {
    expect(html()).not.toMatch(/\son[a-z]+=/i);
  });

  it('declares bokmål and a title', () => {
    expect(html()).toMatch(/<html lang="nb"/);
    expect(html()).toMatch(/<title>Tidlig<\/title>/);
  });
});
