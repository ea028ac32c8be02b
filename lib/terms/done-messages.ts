/** What a version of the terms of reference says after the step that brought the person there. */
export const termsDoneMessages: Record<string, string> = {
  started: 'Draft started. It copies the previous version: make the changes below.',
  agreed: "The board's agreement has been recorded. The Chair can now approve this version.",
  'section-added': 'Section added at the end of the draft. Give it its text below, and move it where it belongs.',
  'section-removed': 'Section removed from the draft. Earlier versions keep theirs.',
  'section-moved': 'Section moved. The draft’s sections are numbered in their new order.',
  recorded: 'Recorded as a historical record of the board’s terms. It is kept as written and cannot be changed.',
  approved: 'Approved. This version is now the board’s terms of reference and cannot be changed.',
};
