/**
 * Questions readers ask about the site's own built-in pages (open data,
 * corrections, the change log), with the one sentence that answers each. They
 * name no topic, so a fork keeps them; About and Methods, which are content,
 * carry theirs in front matter (`readerQuestions`, src/schemas/reader-question.ts).
 * Each answer says only what its page says.
 */
import type { ReaderQuestion } from '../../schemas/reader-question.ts';
import { LICENSE_NAME, LICENSE_TITLE } from '../site.ts';

/** Reader questions of /data/. */
export const DATA_QUESTIONS: readonly ReaderQuestion[] = [
  {
    askedAs: [
      'can I download the data',
      'download the tables as a spreadsheet',
      'data in CSV or JSON',
      'is there a data package',
      'machine-readable data for my own analysis',
    ],
    answer:
      'The open-data page offers the site’s tables as CSV and as JSON with the same rows, with a data package that describes every column and how the tables join.',
  },
  {
    askedAs: [
      'what licence is the data under',
      'can I reuse your data',
      'reuse the tables in my own review',
      'copyright and permission to reuse',
      'is the data free to use',
    ],
    answer: `The data and the text are licensed under ${LICENSE_TITLE} (${LICENSE_NAME}): you may copy, adapt and share them, also commercially, if you credit the site and link to the licence.`,
  },
  {
    askedAs: ['how do I cite the data', 'citation for the data set'],
    answer: 'The open-data page gives a citation for the data set, with the date of its version.',
  },
];

/** Reader questions of /corrections/. */
export const CORRECTION_QUESTIONS: readonly ReaderQuestion[] = [
  {
    askedAs: ['have you corrected any errors', 'list of corrections', 'mistakes that were fixed on this site', 'what did this site get wrong'],
    answer:
      'Every time a page said something wrong about the evidence and was fixed, the correction is listed on the Corrections page, newest first, and in that page’s own change log.',
  },
  {
    askedAs: ['how do I report a mistake', 'report an error on a page', 'I found a wrong number', 'how to tell you about an error'],
    answer: 'The Corrections page links to where an error can be reported, and lists every correction already made.',
  },
];

/** Reader questions of the first page of /changes/. */
export const CHANGE_QUESTIONS: readonly ReaderQuestion[] = [
  {
    askedAs: [
      'what changed on the site recently',
      'latest updates to the evidence',
      'what is new on this site',
      'change log and update history',
      'how do I follow updates',
    ],
    answer: 'The change log lists every substantive change to the evidence on this site, newest first, and can be followed with an Atom feed.',
  },
];
