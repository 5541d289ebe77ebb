import { z } from 'zod';
import { issueUserToken } from '@app/auth';
import { DEV_JWT_SECRET, loadConfig } from '@app/config';
import { DEMO_USERS, LOCAL_TOKEN_AUDIENCE, LOCAL_TOKEN_ISSUER } from '@app/demo-data';
import { runMain } from '@app/platform';
import type { Role } from '@app/auth';

const schema = z.object({
  JWT_SECRET: z.string().min(32).default(DEV_JWT_SECRET),
  JWT_ISSUER: z.string().default(LOCAL_TOKEN_ISSUER),
  JWT_AUDIENCE: z.string().default(LOCAL_TOKEN_AUDIENCE),
});

/** `npm run token -- <login>`: a bearer token for a demo user from the local issuer; the token is the last line. */
runMain(async () => {
  const login = process.argv[2];
  const user = DEMO_USERS.find((u) => u.login === login);
  if (user === undefined) {
    throw new Error(`usage: npm run token -- <login>; demo logins: ${DEMO_USERS.map((u) => u.login).join(', ')}`);
  }
  const config = loadConfig(schema);
  const token = await issueUserToken(
    { userId: user.id, login: user.login, partyId: user.partyId, roles: user.roles as Role[] },
    config.JWT_SECRET,
    config.JWT_ISSUER,
    config.JWT_AUDIENCE,
  );
  process.stderr.write(`${user.displayName} (${user.roles.join(', ')}), valid 12 hours\n`);
  process.stdout.write(`${token}\n`);
});
