import { label } from '../labels';

/** Where a version of minutes stands, in words. */
export const statusLabel = (status: string) => label('minutesStatus', status);

export const minutesPath = (r: { council: string; board: string; meeting: string }) => `/${r.council}/boards/${r.board}/meetings/${r.meeting}/minutes`;
