// The demo council's sign-in details, printed by `npm start` and listed in the README.
export const DEMO_PASSWORD = 'demo-board-2026';

export const DEMO_ACCOUNTS = {
  administrator: 'board.admin@northbridge.example',
  chair: 'independent.chair@northbridge.example',
  member: 'dcs@northbridge.example',
  trustAdministrator: 'trust.admin@eastmoor.example',
} as const;
