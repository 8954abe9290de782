/** The claim pages' front matter as tables: each claim with its verdict, and the works each claim page weighs. */
import { entryPath } from '../core/urls.ts';
import { Stance, type Claim } from '../../schemas/claim.ts';
import { Verdict } from '../../schemas/common.ts';
import { CONTENT_DIR } from '../core/content-index.ts';
import { STRENGTHS } from '../rules/verdict-rules.ts';
import { SITE_URL } from '../site.ts';
import { categorical, field, foreignKey, type DataTable, type Row } from './table.ts';

export interface ClaimEntry {
  id: string;
  data: Claim;
}

const CLAIM_ID = field('claim_id', 'string', 'The claim (claims.id).');
const fromClaim = (row: Row): string => `${CONTENT_DIR}/claims/${String(row.claim_id ?? row.id)}.md`;

export function claimTables(claims: readonly ClaimEntry[]): DataTable[] {
  return [
    {
      name: 'claims',
      title: 'Claims',
      description: 'One row per claim from promotional writing that the site reviewed, with its verdict.',
      fields: [
        field('id', 'string', 'Claim id: the last part of its page address.'),
        field('url', 'string', "The claim's page."),
        field('title', 'string', 'The claim, paraphrased neutrally.'),
        categorical('verdict', 'Verdict on the claim, from the strongest support to contradicted.', Verdict.options, true),
        field('verdict_reason', 'string', 'One-sentence reason for the verdict.'),
        field('last_reviewed', 'date', 'Date the review was last checked.'),
      ],
      primaryKey: ['id'],
      foreignKeys: [],
      source: fromClaim,
      rows: claims.map(({ id, data }) => ({
        id,
        url: new URL(entryPath('claims', id), SITE_URL).href,
        title: data.title,
        verdict: data.verdict,
        verdict_reason: data.verdictReason,
        last_reviewed: data.lastReviewed,
      })),
    },
    {
      name: 'claim-evidence',
      title: 'Evidence weighed for each claim',
      description: 'Each work a claim page cites as evidence, with its stance on the claim and the kind of evidence it is.',
      fields: [
        CLAIM_ID,
        field('position', 'integer', "Position in the claim page's list of evidence, from 1."),
        field('cite_key', 'string', 'Cite key of the work in the bibliography (/references/library.bib).'),
        categorical('stance', 'Whether the work supports or contradicts the claim as stated, or gives context only.', Stance.options, false),
        categorical(
          'strength',
          'The kind of evidence the work is, listed strongest first; some kinds rank equal (src/lib/rules/verdict-rules.ts), so the list is not a strict order.',
          STRENGTHS,
          false,
        ),
      ],
      primaryKey: ['claim_id', 'position'],
      foreignKeys: [foreignKey(['claim_id'], 'claims', ['id'])],
      source: fromClaim,
      rows: claims.flatMap(({ id, data }) =>
        data.evidence.map((e, i) => ({ claim_id: id, position: i + 1, cite_key: e.cite, stance: e.stance, strength: e.strength })),
      ),
    },
    {
      name: 'claim-studies',
      title: 'Studies behind each claim',
      description: 'The study pages a claim relies on or that test it.',
      fields: [CLAIM_ID, field('study_id', 'string', 'The study (studies.id).')],
      primaryKey: ['claim_id', 'study_id'],
      foreignKeys: [
        foreignKey(['claim_id'], 'claims', ['id']),
        foreignKey(['study_id'], 'studies', ['id'], 'name a study page that exists under src/content/studies/'),
      ],
      source: fromClaim,
      rows: claims.flatMap(({ id, data }) => data.studies.map((studyId) => ({ claim_id: id, study_id: studyId }))),
    },
  ];
}
