import nodemailer from 'nodemailer';
import { mailConfig } from './config';
import type { MailCalendar } from './outbox';

export type OutgoingMail = { to: string; subject: string; text: string; html?: string; calendar?: MailCalendar; listUnsubscribe?: string };

/** The one thing the outbox needs from SMTP, so delivery can be pointed at any server (a test sink included). */
export interface MailTransport {
  send(msg: OutgoingMail): Promise<void>;
  /** Connects and greets the server without sending: is it there? */
  verify?(): Promise<boolean>;
}

// Short timeouts: the outbox retries later anyway, and a hung server must not hold a
// delivery run (or its lease) for nodemailer's default of minutes.
const TIMEOUTS = { connectionTimeout: 5_000, greetingTimeout: 5_000, socketTimeout: 10_000 };

export function createTransport(url: string = mailConfig().smtpUrl, from: string = mailConfig().from): MailTransport {
  // Options in the URL's query string (e.g. ?socketTimeout=) still override these.
  const transporter = nodemailer.createTransport({ url, ...TIMEOUTS });
  return {
    async send(msg) {
      // an invitation goes as a text/calendar alternative with its method, which is what
      // Outlook and Google Calendar look for to offer "accept" and to update the event
      const icalEvent = msg.calendar ? { method: msg.calendar.method, content: msg.calendar.content, filename: 'meeting.ics' } : undefined;
      // a subscriber's mail client offers "unsubscribe" and POSTs to this address (RFC 8058)
      const headers = msg.listUnsubscribe
        ? { 'List-Unsubscribe': `<${msg.listUnsubscribe}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' }
        : undefined;
      await transporter.sendMail({ from, to: msg.to, subject: msg.subject, text: msg.text, html: msg.html, icalEvent, headers });
    },
    verify: () =>
      transporter.verify().then(
        () => true,
        () => false,
      ),
  };
}
