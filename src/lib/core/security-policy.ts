/**
 * The site's one Content-Security-Policy. The page's meta tag (src/components/ContentSecurityPolicy.astro)
 * carries it for hosts that ignore _headers, and the build writes it into dist/_headers (the evidence-checks
 * integration), adding frame-ancestors, which only works as a header.
 * Scripts and stylesheets are external files, so nothing inline is allowed; 'wasm-unsafe-eval' lets Pagefind
 * compile its WebAssembly search engine. require-trusted-types-for 'script' makes the browser refuse a string
 * passed to an HTML or script sink (innerHTML, eval, script.src): the site's own scripts use none, so injected
 * markup cannot reach one either.
 */
import { EvidenceBuildError } from './build-error.ts';

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "require-trusted-types-for 'script'",
].join('; ');

/** The policy as a response header: the meta tag's, plus frame-ancestors. */
export const HEADER_POLICY = `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`;

const POLICY_LINE = /^([ \t]+Content-Security-Policy:).*$/m;

/** A _headers file with its Content-Security-Policy line set to HEADER_POLICY; `file` names it in the error when it has no such line. */
export function withHeaderPolicy(headers: string, file: string): string {
  if (!POLICY_LINE.test(headers))
    throw new EvidenceBuildError(
      { file },
      'has no indented "Content-Security-Policy:" line under a path, so the build cannot write the policy into it.',
      'keep the line "  Content-Security-Policy: (written by the build)" under "/*"; the build replaces its value with the policy of src/lib/core/security-policy.ts.',
    );
  return headers.replace(POLICY_LINE, `$1 ${HEADER_POLICY}`);
}
