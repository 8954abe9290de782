/** Reads and judges a Content-Security-Policy. */

export type Policy = Map<string, string[]>;

export function parsePolicy(text: string): Policy {
  return new Map(
    text
      .split(';')
      .map((d) => d.trim())
      .filter(Boolean)
      .map((d) => {
        const [name, ...values] = d.split(/\s+/);
        return [name!.toLowerCase(), values];
      }),
  );
}

/** Weaknesses that let injected markup run or leak: inline or eval'd script, plugins, base hijack, no default, HTML sinks open to strings. */
export function policyProblems(policy: Policy): string[] {
  const problems: string[] = [];
  const scripts = policy.get('script-src') ?? policy.get('default-src');
  if (!policy.has('default-src')) problems.push('no default-src');
  if (!scripts) problems.push('no script-src or default-src');
  for (const bad of ["'unsafe-inline'", "'unsafe-eval'", '*', 'data:', 'http:', 'https:']) {
    if (scripts?.includes(bad)) problems.push(`script-src allows ${bad}`);
  }
  if (policy.get('object-src')?.join(' ') !== "'none'") problems.push("object-src is not 'none'");
  if (!policy.has('base-uri')) problems.push('no base-uri');
  if (policy.get('require-trusted-types-for')?.join(' ') !== "'script'") problems.push("no require-trusted-types-for 'script'");
  return problems;
}
