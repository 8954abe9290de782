/** html-validate on built HTML, with its strictest presets. */
import { HtmlValidate, type Message, type RuleConfig } from 'html-validate';

/**
 * Rules changed from the presets, each with its reason. Keep this list short;
 * never add a rule here to hide a real problem.
 */
export const HTML_VALIDATE_RULES: RuleConfig = {
  // Whitespace at the end of a line in generated output is neither invalid nor inaccessible.
  'no-trailing-whitespace': 'off',
  // Subresource Integrity protects resources from other origins; the site loads only its own files.
  'require-sri': ['error', { target: 'crossorigin' }],
};

const validator = new HtmlValidate({ extends: ['html-validate:recommended', 'html-validate:document'], rules: HTML_VALIDATE_RULES });

/** Errors as "rule: message (selector)" lines; empty when the document is valid. */
export async function htmlErrors(html: string, name = 'page.html'): Promise<string[]> {
  const report = await validator.validateString(html, name);
  return report.results.flatMap((r) =>
    r.messages.filter((m: Message) => m.severity === 2).map((m) => `${m.ruleId}: ${m.message} (${m.selector ?? `line ${m.line}`})`),
  );
}
