import { describe, expect, it } from 'vitest';
import { readUnsubscribeToken, unsubscribeToken } from '../../lib/reminders/token';

const councilId = '11111111-1111-4111-8111-111111111111';
const personId = '22222222-2222-4222-8222-222222222222';
const other = '33333333-3333-4333-8333-333333333333';

describe('reminder unsubscribe tokens', () => {
  it('name one council, person and optional kind, and read back as exactly that', () => {
    const token = unsubscribeToken({ councilId, personId, kind: 'apologies' });
    expect(token).toMatch(/^[A-Za-z0-9._-]+$/);
    expect(readUnsubscribeToken(token)).toEqual({ councilId, personId, kind: 'apologies' });
    expect(readUnsubscribeToken(unsubscribeToken({ councilId, personId, kind: 'digest' }))).toEqual({ councilId, personId, kind: 'digest' });
  });

  it('refuse any change to what they name', () => {
    const token = unsubscribeToken({ councilId, personId, kind: 'apologies' });
    const [, , , sig] = token.split('.');
    expect(readUnsubscribeToken(`${other}.${personId}.apologies.${sig}`)).toBeNull();
    expect(readUnsubscribeToken(`${councilId}.${other}.apologies.${sig}`)).toBeNull();
    expect(readUnsubscribeToken(`${councilId}.${personId}.reviews.${sig}`)).toBeNull();
    expect(readUnsubscribeToken(`${token}x`)).toBeNull();
    expect(readUnsubscribeToken(null)).toBeNull();
    expect(readUnsubscribeToken('')).toBeNull();
  });

  it('do not exist for mandatory notices', () => {
    expect(() => unsubscribeToken({ councilId, personId, kind: 'minutes-approval' })).toThrow();
    const [, , , sig] = unsubscribeToken({ councilId, personId, kind: 'apologies' }).split('.');
    expect(readUnsubscribeToken(`${councilId}.${personId}.papers-missing.${sig}`)).toBeNull();
  });
});
