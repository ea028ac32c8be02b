import { z } from 'zod';
import { enumField, optionalId, requiredId, requiredText, yesNo } from '../forms/fields';

export const interestKinds = ['PECUNIARY', 'OTHER_REGISTRABLE', 'NON_REGISTRABLE'] as const;

const declarationFields = {
  meetingId: requiredId('Page not found'),
  // none: an interest in the meeting's business generally
  agendaItemId: optionalId('Choose an item from the agenda'),
  kind: enumField(interestKinds, 'Choose the kind of interest: pecuniary, other registrable or non-registrable'),
  description: requiredText('what the interest is', 1000),
  withdrew: yesNo('Choose whether the member withdrew from the item'),
};

/** A member declares their own interest, before or at the meeting. */
export const declareInterestSchema = z.object(declarationFields);

/** The administrator records an interest a member declared in the room. */
export const recordDeclarationSchema = z.object({ ...declarationFields, personId: requiredId('Choose who declared the interest') });

export const removeDeclarationSchema = z.object({ declarationId: requiredId('Page not found') });
