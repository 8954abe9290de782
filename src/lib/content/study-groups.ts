/** Studies grouped for the index: controlled studies first, then uncontrolled reports, labelled as such. */
import { CONTROLLED_DESIGNS, type Study } from '../../schemas/study.ts';
import { studyLinks, type EntryLink } from './entry-links.ts';
import { TOPIC } from '../../topic.ts';

interface Entry {
  id: string;
  data: Study;
}

export interface StudyGroup {
  id: string;
  heading: string;
  description: string;
  items: EntryLink[];
}

export function studyGroups(entries: Entry[]): StudyGroup[] {
  const controlled = entries.filter((e) => CONTROLLED_DESIGNS.includes(e.data.design));
  const uncontrolled = entries.filter((e) => !CONTROLLED_DESIGNS.includes(e.data.design));
  return [
    {
      id: 'controlled',
      heading: 'Controlled studies',
      description: `Studies that compared ${TOPIC.intervention.inText} with a placebo or an active placebo.`,
      items: studyLinks(controlled),
    },
    {
      id: 'uncontrolled',
      heading: 'Uncontrolled studies and case reports',
      description: `Reports without a comparison group. They cannot show that ${TOPIC.intervention.inText} caused any change they describe.`,
      items: studyLinks(uncontrolled),
    },
  ].filter((g) => g.items.length > 0);
}
