import { label } from '../labels';

/** Where a version of minutes stands, in words. */
export const statusLabel = (status: string) => label('minutesStatus', status);
