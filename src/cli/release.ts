/**
 * `npm run release [-- --date YYYY-MM-DD]`: freezes every content page whose source changed since its last
 * snapshot as its next numbered version (versions/<collection>/<id>/<n>.md, dated in versions.json). Commit the
 * new files: the build makes each one a page at /<path>/v/<n>/. The date defaults to today (UTC).
 */
import { parseArgs } from 'node:util';
import { release } from '../lib/versions/snapshots.ts';

const { values } = parseArgs({ options: { date: { type: 'string' } } });
const date = values.date ?? new Date().toISOString().slice(0, 10);
if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) {
  console.error(`release: --date must be YYYY-MM-DD, got "${date}".`);
  process.exit(1);
}
const written = release(process.cwd(), date);
if (written.length === 0) console.log('release: every page is already frozen as its current version; nothing to do.');
for (const s of written) console.log(`release: ${s.collection}/${s.id} is now version ${s.number} (versions/${s.collection}/${s.id}/${s.number}.md)`);
