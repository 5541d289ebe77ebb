import { performance } from 'node:perf_hooks';
import type { INestApplicationContext } from '@nestjs/common';
import { demoIdentity } from '@app/demo-data';
import { ExaminationOutcome } from '@registry/pledge/dto/pledge.input.js';
import { PledgeExaminationService } from '@registry/pledge/pledge-examination.service.js';

/**
 * The service-layer half of the registration benchmark (bench/pledge-registration.ts):
 * registers the SUBMITTED applications whose ids arrive on stdin, `concurrency` at a
 * time, through PledgeExaminationService.examine in this process (no HTTP, no GraphQL),
 * and prints one JSON line with the rate.
 */
export async function measureRegistrations(app: INestApplicationContext, concurrency: number): Promise<void> {
  const ids = (await readStdin()).split('\n').filter((l) => l.trim() !== '');
  const identity = demoIdentity('registrar');
  const examination = app.get(PledgeExaminationService);
  const statuses = new Map<string, number>();
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: Math.min(concurrency, ids.length) }, async () => {
      while (next < ids.length) {
        const id = ids[next++] as string;
        const outcome = await examination.examine(identity, id, { outcome: ExaminationOutcome.REGISTER });
        statuses.set(outcome.status, (statuses.get(outcome.status) ?? 0) + 1);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const registered = statuses.get('REGISTERED') ?? 0;
  process.stdout.write(
    `${JSON.stringify({ applications: ids.length, concurrency, seconds, registered, statuses: Object.fromEntries(statuses), perSecond: registered / seconds })}\n`,
  );
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
