import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { z } from 'zod';
import { getPrisma } from '../db/client';
import { verifyPassword } from './password';

const credentials = z.object({
  email: z.string().trim().toLowerCase().email(),
  password: z.string().min(1).max(200),
});

// Verifying against a fixed hash when the account is unknown keeps the answer's timing
// the same whether or not the email exists.
const DECOY_HASH = '$argon2id$v=19$m=19456,t=2,p=1$f//IfYvy4cgGA8w7fk15ZQ$JWGWmumxiKh88CmQjbq5mIP7pfkfu827iLrmrd64EHU';

export const authOptions: NextAuthOptions = {
  session: { strategy: 'jwt', maxAge: 8 * 60 * 60 },
  pages: { signIn: '/sign-in' },
  providers: [
    CredentialsProvider({
      name: 'Email and password',
      credentials: { email: { type: 'email' }, password: { type: 'password' } },
      async authorize(raw) {
        const parsed = credentials.safeParse(raw);
        if (!parsed.success) return null;
        const prisma = await getPrisma();
        const person = await prisma.person.findUnique({ where: { email: parsed.data.email } });
        const ok = await verifyPassword(person?.passwordHash ?? DECOY_HASH, parsed.data.password);
        if (!person || !person.passwordHash || person.disabledAt || !ok) return null;
        return { id: person.id, name: person.name, email: person.email };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) token.sub = user.id;
      return token;
    },
    session({ session, token }) {
      if (session.user && token.sub) (session.user as { id?: string }).id = token.sub;
      return session;
    },
  },
};
