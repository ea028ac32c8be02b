import type { Route } from 'next';
import { route, type Query } from './build';

/** The pages outside any council: the home page, signing in, a person's own account. */

export const homePath = (): Route => route('/');
export const accessibilityPath = (): Route => route('/accessibility');
export const myMeetingsPath = (): Route => route('/my-meetings');

/** Signing in; `callbackUrl` is where to go afterwards. */
export const signInPath = (query?: Query): Route => route('/sign-in', query);
export const signInStepPath = (step: 'code' | 'email' | 'link', query?: Query): Route => route(`/sign-in/${step}`, query);

export type AccountPage = 'security' | 'security/recovery-codes' | 'sessions' | 'calendar' | 'notifications';

export const accountPath = (page: AccountPage, query?: Query): Route => route(`/account/${page}`, query);

/** A reminder's unsubscribe link: a page with one button (a link scanner's GET changes nothing). */
export const reminderUnsubscribePath = (token?: string): Route => route('/unsubscribe/reminders', { token });
/** A reminder's List-Unsubscribe address: a mail client POSTs to it (RFC 8058). */
export const reminderOneClickUnsubscribePath = (token?: string): Route => route('/unsubscribe/reminders/one-click', { token });
/** The page an author opens from the emailed single-use link to upload a commissioned paper. No sign-in. */
export const commissionUploadPagePath = (token: string): Route => route('/commissioned-paper', { token });

export const acceptInvitationPath = (token: string): Route => route('/invitations/accept', { token });

/** The platform administrators' page: every council, and creating one. */
export const platformPath = (): Route => route('/platform');
