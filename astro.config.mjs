// @ts-check
import { defineConfig } from 'astro/config';
import { markdownProcessor } from './src/lib/citation-options.ts';
import evidenceIntegration from './src/lib/evidence-integration.ts';
import { SITE_URL } from './src/lib/site.ts';

export default defineConfig({
  site: SITE_URL,
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [evidenceIntegration()],
  markdown: { processor: markdownProcessor() },
  devToolbar: { enabled: false },
  // Scripts stay external files (never inlined) so a strict Content-Security-Policy needs no hashes.
  vite: { build: { assetsInlineLimit: 0 } },
});
