import { z } from 'zod';
import { enumField, requiredId, requiredText } from '../forms/fields';
import { decisionMakerKinds } from './lists';

export const MAX_LIST_NAME = 200;

const archived = z.preprocess(
  (v) => (v === undefined || v === null || v === '' ? 'no' : v),
  z.enum(['yes', 'no'], { message: 'Choose whether it is archived' }),
);

export const addDecisionMakerSchema = z.object({
  name: requiredText('the decision maker’s name', MAX_LIST_NAME),
  kind: enumField(decisionMakerKinds, 'Choose what kind of decision maker it is'),
});

export const updateDecisionMakerSchema = z.object({
  decisionMakerId: requiredId('That decision maker was not found'),
  name: requiredText('the decision maker’s name', MAX_LIST_NAME),
  kind: enumField(decisionMakerKinds, 'Choose what kind of decision maker it is'),
  archived,
});

export const addAudienceSchema = z.object({ name: requiredText('the name of the body reports go to', MAX_LIST_NAME) });

export const updateAudienceSchema = z.object({
  audienceId: requiredId('That reporting audience was not found'),
  name: requiredText('the name of the body reports go to', MAX_LIST_NAME),
  archived,
});
