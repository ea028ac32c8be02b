/** What a version of the terms of reference says after the step that brought the person there. */
export const termsDoneMessages: Record<string, string> = {
  started: 'Draft started. It copies the previous version: make the changes below.',
  agreed: "The board's agreement has been recorded. The Chair can now approve this version.",
  approved: 'Approved. This version is now the board’s terms of reference and cannot be changed.',
};
