/**
 * The Astro integration that makes bad evidence input fail the build, as a short list of hooks, each
 * calling named checks (project-checks.ts before the build, built-site.ts after it):
 * - before the build, front matter must be valid YAML, the bibliography is
 *   parsed and checked, the pages the header and footer link to must exist,
 *   every study page's file name must be a cite key, and each entry's
 *   `formerIds` become redirects from its old URLs (Astro writes a
 *   meta-refresh page for each);
 * - after it, any problem a Markdown plugin recorded (Astro logs those and
 *   exits 0), any half-built page, any site-relative link to a page or anchor
 *   that does not exist and any id used twice on a page fail the build, and the redirects go to
 *   dist/_redirects as real 301s for hosts that read the file (Cloudflare
 *   Pages, Netlify), and the Content-Security-Policy goes into dist/_headers.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { loadBibliography } from '../core/bibliography/load.ts';
import { throwIfAny } from '../core/build-error.ts';
import { takeProblems } from '../core/build-problems.ts';
import { readContentFrontmatter } from '../core/front-matter-syntax.ts';
import { projectRoot, setProjectRoot } from '../core/project-root.ts';
import { withHeaderPolicy } from '../core/security-policy.ts';
import { BIBLIOGRAPHY_FILE } from '../core/settings.ts';
import { builtSiteProblems } from './built-site.ts';
import { projectChecks, projectWarnings } from './project-checks.ts';
import { collectRedirects, redirectsFile } from './redirects.ts';
import { LEGACY_CITE_REDIRECTS } from '../citing/citation-file.ts';

export default function evidenceIntegration(): AstroIntegration {
  let redirects: Record<string, string> = {};
  return {
    name: 'evidence-checks',
    hooks: {
      'astro:config:setup': ({ config, updateConfig, logger }) => {
        const root = fileURLToPath(config.root);
        setProjectRoot(root);
        loadBibliography(BIBLIOGRAPHY_FILE, root);
        const content = readContentFrontmatter(root);
        const found = collectRedirects(content.entries, root);
        redirects = found.redirects;
        throwIfAny([...content.problems, ...projectChecks(root, content.entries), ...found.problems]);
        for (const warning of projectWarnings(root, content.entries, new Date().toISOString().slice(0, 10))) logger.warn(warning);
        updateConfig({ redirects });
      },
      'astro:build:done': ({ dir, logger }) => {
        const root = projectRoot();
        const out = fileURLToPath(dir);
        throwIfAny([...takeProblems(), ...builtSiteProblems(out, root, logger)]);
        writeFileSync(join(out, '_redirects'), redirectsFile(redirects, { forced: process.env.NETLIFY === 'true', dynamic: LEGACY_CITE_REDIRECTS }));
        logger.info(`_redirects: ${Object.keys(redirects).length} renamed page(s) answer 301.`);
        const headers = join(out, '_headers');
        writeFileSync(headers, withHeaderPolicy(readFileSync(headers, 'utf8'), relative(root, headers)));
      },
    },
  };
}
