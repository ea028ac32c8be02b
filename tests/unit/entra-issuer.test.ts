import { describe, expect, it } from 'vitest';
import { entraAuthority, entraIdentity, entraIssuer } from '../../lib/auth/entra';

const A = '6f1c2a1e-0b7d-4c55-9a61-2f0d3c4b5a6e';
const B = 'c0ffee00-1234-4d2a-8b9c-0123456789ab';
const claims = (over: Record<string, unknown> = {}) => ({ iss: `https://login.microsoftonline.com/${A}/v2.0`, tid: A, oid: 'object-1', ...over });

describe("Entra ID tokens: the directory's exact issuer, an allowed directory, an object id", () => {
  it('accepts a token from an allowed directory and keys the person by issuer and object id', () => {
    expect(entraIdentity(claims(), [A])).toEqual({ issuer: `https://login.microsoftonline.com/${A}/v2.0`, objectId: 'object-1' });
  });

  it('refuses a directory that is not configured, even with a consistent issuer', () => {
    expect(entraIdentity(claims({ tid: B, iss: `https://login.microsoftonline.com/${B}/v2.0` }), [A])).toBeNull();
  });

  it("refuses an issuer that is not exactly the directory's own", () => {
    for (const iss of [
      `https://login.microsoftonline.com/${B}/v2.0`, // another directory's issuer with this directory's tid
      `https://evil.example/${A}/v2.0`, // the tenant id inside someone else's issuer
      `https://login.microsoftonline.com/${A}/v2.0/extra`,
      `https://sts.windows.net/${A}/`, // the v1.0 issuer: not what the v2.0 endpoint we use issues
      `https://login.microsoftonline.com/common/v2.0?${A}`,
    ]) {
      expect(entraIdentity(claims({ iss }), [A]), iss).toBeNull();
    }
  });

  it('refuses a token without an object id or directory', () => {
    expect(entraIdentity(claims({ oid: undefined }), [A])).toBeNull();
    expect(entraIdentity(claims({ tid: undefined }), [A])).toBeNull();
    expect(entraIdentity(claims({ oid: 42 }), [A])).toBeNull();
  });

  it('reads the authority from ENTRA_AUTHORITY_URL, for a provider run in the tests', () => {
    expect(entraAuthority({})).toBe('https://login.microsoftonline.com');
    expect(entraAuthority({ ENTRA_AUTHORITY_URL: 'http://127.0.0.1:39401/' })).toBe('http://127.0.0.1:39401');
    expect(entraIssuer(A, 'http://127.0.0.1:39401')).toBe(`http://127.0.0.1:39401/${A}/v2.0`);
  });
});
