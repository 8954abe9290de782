/**
 * Words and sentence frames for the synthetic corpus, taken from the kind of
 * text the real evidence pages hold (trials, reviews, doses, outcomes), so that
 * search indexes and gzip see realistic vocabulary rather than lorem ipsum.
 */
import { Certainty } from '../../src/schemas/common.ts';
import { StudyDesign } from '../../src/schemas/study.ts';
import type { Random } from './random.ts';

export const SURNAMES = [
  'Noppers',
  'Sorensen',
  'Graven-Nielsen',
  'Cohen',
  'Corriger',
  'Hanna',
  'Gupta',
  'Pastrak',
  'Carvalho',
  'Orhurhu',
  'Macfarlane',
  'Cotter',
  'Ferraro',
  'Niesters',
  'Dahan',
  'Sarton',
  'Bengtsson',
  'Henriksson',
  'Arendt-Nielsen',
  'Pickering',
  'Olesen',
  'Schwartzman',
  'Kvarnstrom',
  'Bell',
  'Moore',
  'Derry',
  'Clauw',
  'Hauser',
  'Wolfe',
  'Hauser',
  'Martinez',
  'Lindqvist',
  'Okafor',
  'Tanaka',
  'Moreau',
  'Kowalski',
  'Rossi',
  'Jensen',
  'Andersson',
  'Bauer',
];
export const GIVEN = ['A.', 'B.', 'C.', 'D.', 'E.', 'F.', 'G.', 'H.', 'I.', 'J.', 'K.', 'L.', 'M.', 'N.', 'P.', 'R.', 'S.', 'T.'];

export const JOURNALS: readonly [string, string][] = [
  ['European Journal of Pain', 'Eur J Pain'],
  ['Pain', 'Pain'],
  ['The Journal of Pain', 'J Pain'],
  ['Scandinavian Journal of Rheumatology', 'Scand J Rheumatol'],
  ['Pain Medicine', 'Pain Med'],
  ['Annals of the Rheumatic Diseases', 'Ann Rheum Dis'],
  ['British Journal of Anaesthesia', 'Br J Anaesth'],
  ['Regional Anesthesia and Pain Medicine', 'Reg Anesth Pain Med'],
  ['Cochrane Database of Systematic Reviews', 'Cochrane Database Syst Rev'],
  ['Arthritis Research and Therapy', 'Arthritis Res Ther'],
];

export const TITLE_OPENERS = [
  'Ketamine',
  'Intravenous',
  'Absence',
  'Repeated',
  'Esketamine',
  'Oral',
  'Low-dose',
  'Efficacy',
  'Safety',
  'Maintenance',
  'Predictors',
  'Long-term',
  'Subanesthetic',
  'Central',
  'Temporal',
  'Muscle',
  'Systematic',
  'Pain',
  'Quality',
  'Response',
];
export const TITLE_TAILS = [
  'ketamine infusion for fibromyalgia pain: a randomized controlled trial',
  'analgesic effect of S-ketamine in fibromyalgia: a double-blind crossover study',
  'NMDA receptor antagonists for chronic widespread pain: a systematic review and meta-analysis',
  'ketamine and temporal summation of muscle pain in fibromyalgia patients',
  'response to intravenous ketamine predicts oral dextromethorphan response',
  'hepatotoxicity after repeated S-ketamine infusions for chronic pain',
  'lidocaine, morphine and ketamine compared in patients with fibromyalgia',
  'one-year outcomes of ketamine in chronic pain clinics: an observational cohort',
  'memantine for fibromyalgia: a randomized, placebo-controlled trial',
  'quality of life and function after ketamine infusions for fibromyalgia',
];

/** The site's own scales, so generated front matter always matches the schemas. */
export const DESIGNS = StudyDesign.options;
export const CERTAINTIES = Certainty.options;

const SUBJECTS = [
  'A single low-dose ketamine infusion',
  'The randomized trial',
  'S-ketamine',
  'Esketamine',
  'The active placebo',
  'Midazolam',
  'A systematic review of intravenous ketamine',
  'The crossover study',
  'Oral dextromethorphan',
  'Lidocaine',
  'Morphine',
  'The uncontrolled cohort',
  'A meta-analysis of chronic pain trials',
  'The European recommendations',
  'Memantine',
];
const VERBS = [
  'reduced pain on the visual analogue scale',
  'did not differ from placebo',
  'relieved muscle pain while the drug was in the blood',
  'gave no lasting benefit after eight weeks',
  'reduced temporal summation and referred pain',
  'caused mild psychedelic side effects',
  'was followed by raised liver enzymes after repeated infusions',
  'improved the Fibromyalgia Impact Questionnaire score briefly',
  'found more responders at fifteen minutes',
  'reported drowsiness and euphoria in both groups',
  'lost its effect within hours',
];
const QUALIFIERS = [
  'in people with fibromyalgia',
  'compared with an active placebo',
  'in a small sample of 24 participants',
  'after a 30-minute infusion',
  'at 0.3 mg/kg over 30 minutes',
  'in mixed chronic pain',
  'over 8 weeks of follow-up',
  'with a double-blind design',
  'in pain clinics without a control group',
  'in patients who had failed other treatments',
];
const CONNECTIVES = ['However,', 'In contrast,', 'Similarly,', 'By the end of the study,', 'In the weeks that followed,', 'Overall,', ''];

export const HEADINGS = [
  'What the study did',
  'What it found',
  'What this study can and cannot tell us',
  'What the studies show',
  'What is not known',
  'What the article says',
  'What the evidence shows',
  'Verdict',
  'Side effects',
  'How certain is this',
];

/** One sentence of evidence prose (without a citation). */
export function sentence(random: Random): string {
  const connective = random.pick(CONNECTIVES);
  const subject = random.pick(SUBJECTS);
  const body = `${random.pick(VERBS)} ${random.pick(QUALIFIERS)}`;
  const lead = connective ? `${connective} ${subject.charAt(0).toLowerCase()}${subject.slice(1)}` : subject;
  return `${lead} ${body}`;
}
