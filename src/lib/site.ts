/** Facts about the site itself, used by layouts, metadata and citations. */
export const SITE_URL = 'https://ketamine-fibromyalgia-evidence.example.org';
export const SITE_NAME = 'Ketamine for Fibromyalgia: The Evidence';
export const SITE_DESCRIPTION =
  'An independent, cited summary of what research shows about ketamine and esketamine for fibromyalgia, study by study and question by question.';
