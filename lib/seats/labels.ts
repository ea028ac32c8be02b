// Role names as Plymouth's table writes them (001).
export const roleLabels: Record<string, string> = {
  INDEPENDENT_CHAIR: 'Independent Chair',
  CHAIR: 'Chair',
  VICE_CHAIR: 'Vice-Chair',
  MEMBER: 'Board member',
  ATTENDEE: 'Attendee',
};

export const roleLabel = (role: string) => roleLabels[role] ?? role;

export const roleOptions = Object.entries(roleLabels).map(([value, label]) => ({ value, label }));
