import { sign, verify } from 'jsonwebtoken';
import { accessTokenKey } from './access-token.service';

describe('accessTokenKey', () => {
  const secret = 'a'.repeat(16) + 'b'.repeat(16) + 'c'.repeat(16);

  it('is the same HMAC key as the bare secret: tokens issued either way verify with the other', () => {
    const key = accessTokenKey(secret);
    const fromString = sign({ sub: 'u1' }, secret, { algorithm: 'HS256', issuer: 'mandate' });
    const fromKey = sign({ sub: 'u1' }, key, { algorithm: 'HS256', issuer: 'mandate' });
    expect(verify(fromString, key, { algorithms: ['HS256'], issuer: 'mandate' })).toMatchObject({ sub: 'u1' });
    expect(verify(fromKey, secret, { algorithms: ['HS256'], issuer: 'mandate' })).toMatchObject({ sub: 'u1' });
  });

  it('refuses a token signed with another secret', () => {
    const forged = sign({ sub: 'u1' }, 'x'.repeat(48), { algorithm: 'HS256' });
    expect(() => verify(forged, accessTokenKey(secret), { algorithms: ['HS256'] })).toThrow('invalid signature');
  });
});
