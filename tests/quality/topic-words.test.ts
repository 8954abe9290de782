/**
 * The topic lives in one place: src/topic.ts (with the content and the
 * bibliography). No other file under src/, public/ or the Astro config names the
 * condition, the intervention or their synonyms, so a fork edits one file.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { TOPIC } from '../../src/topic.ts';

/** Topic words from the configuration itself; short ones (like "FM") would match ordinary code, so only words of 5+ letters. */
const words = [TOPIC.condition.inText, TOPIC.intervention.inText, ...TOPIC.synonyms.flat()]
  .map((w) => w.toLowerCase())
  .filter((w) => w.replace(/[^a-z]/g, '').length >= 5);

const files = [
  ...['src', 'public'].flatMap((dir) => readdirSync(dir, { recursive: true, encoding: 'utf8', withFileTypes: false }).map((f) => join(dir, f))),
  'astro.config.mjs',
].filter((f) => /\.(ts|mjs|astro|css|svg|txt|json)$|_headers$|_redirects$/.test(f) && !f.startsWith(join('src', 'content')) && f !== join('src', 'topic.ts'));

/** Lines naming a topic word, as "file:line: word". */
function topicMentions(texts: readonly [string, string][], topicWords: readonly string[]): string[] {
  return texts.flatMap(([file, text]) =>
    text.split('\n').flatMap((line, i) => topicWords.filter((w) => line.toLowerCase().includes(w)).map((w) => `${file}:${i + 1}: ${w}`)),
  );
}

describe('the topic is configured in one place', () => {
  test('the check knows the topic words and finds them where they are', () => {
    expect(words).toContain(TOPIC.condition.inText.toLowerCase());
    expect(words).toContain(TOPIC.intervention.inText.toLowerCase());
    expect(files.length).toBeGreaterThan(50);
    expect(topicMentions([['src/topic.ts', readFileSync('src/topic.ts', 'utf8')]], words).length).toBeGreaterThan(0);
    expect(topicMentions([['x.ts', `const nFooComparison = 1;\n// ${TOPIC.intervention.name} here`]], words)).toEqual([
      `x.ts:2: ${TOPIC.intervention.inText.toLowerCase()}`,
    ]);
  });

  test('no file outside src/topic.ts, src/content/ and references/ names the topic', () => {
    expect(
      topicMentions(
        files.map((f) => [f, readFileSync(f, 'utf8')]),
        words,
      ),
    ).toEqual([]);
  });
});
