import { z } from 'zod';
import { DEV_JWT_SECRET, loadConfig } from '@app/config';
import { demoUserByLogin, issueDemoToken, LOCAL_TOKEN_AUDIENCE, LOCAL_TOKEN_ISSUER } from '@app/demo-data';
import { runMain } from '@app/platform';

const schema = z.object({
  JWT_SECRET: z.string().min(32).default(DEV_JWT_SECRET),
  JWT_ISSUER: z.string().default(LOCAL_TOKEN_ISSUER),
  JWT_AUDIENCE: z.string().default(LOCAL_TOKEN_AUDIENCE),
});

/** `npm run token -- <login>`: a bearer token for a demo user from the local issuer; the token is the last line. */
runMain(async () => {
  const login = process.argv[2];
  if (login === undefined) throw new Error('usage: npm run token -- <login>');
  const user = demoUserByLogin(login);
  const config = loadConfig(schema);
  const token = await issueDemoToken(login, {
    secret: config.JWT_SECRET,
    issuer: config.JWT_ISSUER,
    audience: config.JWT_AUDIENCE,
  });
  process.stderr.write(`${user.displayName} (${user.roles.join(', ')}), valid 12 hours\n`);
  process.stdout.write(`${token}\n`);
});
