import type { Region } from '../rules/bank-holidays';

const regions: Record<string, Region> = {
  ENGLAND_AND_WALES: 'england-and-wales',
  SCOTLAND: 'scotland',
  NORTHERN_IRELAND: 'northern-ireland',
};

/** The council's bank-holiday region (a database enum) as the working-day rules name it. */
export const regionOf = (councilRegion: string): Region => regions[councilRegion] ?? 'england-and-wales';
