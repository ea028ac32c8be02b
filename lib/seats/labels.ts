import { labels } from '../labels';
// Role names as Plymouth's table writes them (001).
export const roleLabels: Record<string, string> = labels.seatRole;

export const roleLabel = (role: string) => roleLabels[role] ?? role;

export const roleOptions = Object.entries(roleLabels).map(([value, label]) => ({ value, label }));
