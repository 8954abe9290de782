/**
 * `npm run bench:search`: scores site search on bench/search-queries.json
 * through the built site's search page in Chromium (run `npm run build`
 * first) and prints top-1, top-3 and mean reciprocal rank, with each query's
 * rank. --json=file saves the outcomes.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { evaluate, report, summary } from './lib/relevance.ts';

const { values } = parseArgs({ options: { json: { type: 'string' } } });
const { outcomes, score, console: logged, foreignRequests } = await evaluate();
console.log(`\n## Search relevance (${new Date().toISOString().slice(0, 10)})\n`);
console.log(report(outcomes));
console.log(`\n${summary(score)}`);
if (values.json) writeFileSync(values.json, JSON.stringify(outcomes, null, 2));
if (logged.length || foreignRequests.length) {
  console.error(
    `The search page logged ${logged.length} console messages and made ${foreignRequests.length} requests off the origin:\n${[...logged, ...foreignRequests].join('\n')}`,
  );
  process.exitCode = 1;
}
