// @ts-check
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { markdownProcessor } from './src/lib/markdown/citation-options.ts';
import evidenceIntegration from './src/lib/checks/evidence-integration.ts';
import { SITE_URL } from './src/lib/site.ts';

export default defineConfig({
  site: SITE_URL,
  output: 'static',
  trailingSlash: 'always',
  // Stylesheets stay external files too, so the Content-Security-Policy needs no 'unsafe-inline' styles.
  build: { format: 'directory', inlineStylesheets: 'never' },
  integrations: [evidenceIntegration(), sitemap()],
  markdown: { processor: markdownProcessor() },
  devToolbar: { enabled: false },
  // Scripts stay external files (never inlined) so a strict Content-Security-Policy needs no hashes.
  vite: { build: { assetsInlineLimit: 0 } },
});
