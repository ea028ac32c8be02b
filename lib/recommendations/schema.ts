import { z } from 'zod';
import { enumField, optionalDay, optionalText, requiredId } from '../forms/fields';
import { recommendationOutcomes } from '../rules/recommendations';

export const MAX_OUTCOME_REFERENCE = 200;
export const MAX_OUTCOME_NOTE = 2_000;

export const recordOutcomeSchema = z.object({
  decisionId: requiredId('That recommendation was not found'),
  outcome: enumField(recommendationOutcomes, 'Choose what was decided'),
  decidedOn: optionalDay('the date the decision was taken'),
  reference: optionalText('the decision’s reference', MAX_OUTCOME_REFERENCE),
  note: optionalText('the note', MAX_OUTCOME_NOTE),
});
