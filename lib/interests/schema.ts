import { z } from 'zod';
import { enumField, optionalDay, optionalId, requiredId, requiredText, yesNo } from '../forms/fields';

export const interestCategories = ['EMPLOYMENT', 'SPONSORSHIP', 'CONTRACTS', 'LAND', 'SECURITIES', 'MEMBERSHIP', 'GIFTS', 'OTHER'] as const;

const entryFields = {
  category: enumField(interestCategories, 'Choose the kind of interest'),
  description: requiredText('the interest', 1000),
  fromOn: optionalDay('the date the interest began'),
  toOn: optionalDay('the date the interest ended'),
};

/** An interest added to a register: a member's own (personId empty), or anyone's by an administrator. */
export const addInterestSchema = z.object({ personId: optionalId('Choose whose register'), ...entryFields });

/** A change to an interest: a new entry replaces the old, which stays in the history. */
export const updateInterestSchema = z.object({ entryId: requiredId('Page not found'), ...entryFields });

export const endInterestSchema = z.object({ entryId: requiredId('Page not found') });

/** The yearly confirmation that a register is complete and up to date. */
export const reviewInterestsSchema = z.object({ personId: optionalId('Choose whose register') });

export const publishRegisterSchema = z.object({ publishInterestRegister: yesNo('Choose whether public boards publish their members’ registers') });
