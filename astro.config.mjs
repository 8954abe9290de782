// @ts-check
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { markdownProcessor } from './src/lib/markdown/citation-options.ts';
import evidenceIntegration from './src/lib/checks/evidence-integration.ts';
import { SITE_URL } from './src/lib/site.ts';
import { isVersionPath } from './src/lib/core/urls.ts';
import { isWithdrawnPath } from './src/lib/versions/withdrawn.ts';

// A withdrawn page's notice is not evidence: it stays out of the sitemap like frozen versions.
const isWithdrawn = isWithdrawnPath(import.meta.dirname);

export default defineConfig({
  site: SITE_URL,
  output: 'static',
  trailingSlash: 'always',
  // Stylesheets stay external files too, so the Content-Security-Policy needs no 'unsafe-inline' styles.
  build: { format: 'directory', inlineStylesheets: 'never' },
  // Frozen versions (/…/v/n/) name the current page as canonical, so the sitemap lists only the current pages.
  integrations: [evidenceIntegration(), sitemap({ filter: (page) => !isVersionPath(page) && !isWithdrawn(page) })],
  markdown: { processor: markdownProcessor() },
  devToolbar: { enabled: false },
  // Scripts stay external files (never inlined) so a strict Content-Security-Policy needs no hashes.
  vite: { build: { assetsInlineLimit: 0 } },
});
