const labels: Record<string, string> = {
  password: 'Password',
  'password+totp': 'Password and authenticator app',
  'password+recovery-code': 'Password and a recovery code',
  'magic-link': 'Email link',
  'magic-link+totp': 'Email link and authenticator app',
  'magic-link+recovery-code': 'Email link and a recovery code',
  entra: 'Microsoft work account (Entra ID)',
  // sessions from before the email link was renamed
  'email-link': 'Email link',
};

/** How a session was authenticated, in words, for the sessions page. */
export const sessionMethodLabel = (method: string) => labels[method] ?? method;
