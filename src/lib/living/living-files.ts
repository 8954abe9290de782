/**
 * src/lib/living/ owns the living-evidence data: saved searches, surveillance runs, the screening log,
 * trial registrations and regulatory approvals (all under surveillance/), and what the site derives
 * from them (facts stated once, the PRISMA flow, currency).
 *
 * Where each file lives, relative to the project root.
 */
export const SURVEILLANCE_DIR = 'surveillance';
export const SEARCHES_FILE = `${SURVEILLANCE_DIR}/searches.yaml`;
export const SCREENING_FILE = `${SURVEILLANCE_DIR}/screening.yaml`;
export const REGISTRATIONS_FILE = `${SURVEILLANCE_DIR}/registrations.yaml`;
export const APPROVALS_FILE = `${SURVEILLANCE_DIR}/approvals.yaml`;
export const ACKNOWLEDGEMENTS_FILE = `${SURVEILLANCE_DIR}/acknowledgements.yaml`;
export const RUNS_DIR = `${SURVEILLANCE_DIR}/runs`;

/** A run file's name: the run's date. */
export const RUN_FILE_RE = /^(\d{4}-\d{2}-\d{2})\.json$/;
