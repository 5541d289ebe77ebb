import 'reflect-metadata';
import { createReadStream, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { NestFactory } from '@nestjs/core';
import type { DataSource } from 'typeorm';
import { runSubgraphCli } from '@app/database';
import { runMain } from '@app/platform';
import { AuditCliModule } from '@registry/audit/audit-cli.module.js';
import { AuditService } from '@registry/audit/audit.service.js';
import { createRegistryDataSource, REGISTRY_SCHEMA } from '@registry/data-source.js';
import { ImportCliModule } from '@registry/ip-asset/import/import-cli.module.js';
import { renderProgress } from '@registry/ip-asset/import/progress.js';
import { PatentImportService } from '@registry/ip-asset/import/patent-import.service.js';
import { measureSchedules } from '@registry/loan/measure-schedules.js';
import { measureRegistrations } from '@registry/pledge/measure-registrations.js';
import { PartyEntity } from '@registry/party/party.entity.js';
import { loadRegistryConfig } from '@registry/registry.config.js';
import { RegistryServicesModule } from '@registry/registry-services.module.js';
import { seedDemoActivity } from '@registry/seed/demo-activity.js';
import { seedRegistry } from '@registry/seed/demo-seed.js';
import { seedSubsidies } from '@registry/seed/subsidy-seed.js';

const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));

async function importPatents(args: string[], url: string): Promise<void> {
  const file = args[0];
  if (file === undefined) throw new Error('usage: npm run import:patents -- <file.csv>');
  const size = statSync(file).size;
  const app = await NestFactory.createApplicationContext(ImportCliModule.forUrl(url), { logger: ['error', 'warn'] });
  try {
    const importer = app.get(PatentImportService);
    const started = Date.now();
    const stream = createReadStream(file);
    const progress = renderProgress(process.stderr, size, () => stream.bytesRead, started);
    const report = await importer.import(stream, {
      onProgress: progress,
      keepRejections: 0,
      onRejection: (r) => process.stdout.write(`rejected line ${r.line}: ${r.field}: ${r.message}\n`),
    });
    progress({ ...report }, true);
    const seconds = (Date.now() - started) / 1000;
    process.stdout.write(
      `${report.rowsRead} rows read, ${report.inserted} inserted, ${report.updated} updated, ${report.rejected} rejected in ${seconds.toFixed(1)} s (${Math.round(report.rowsRead / Math.max(seconds, 0.001))} rows/s)\n`,
    );
    if (report.rejected > 0) process.exitCode = 2;
  } finally {
    await app.close();
  }
}

async function verifyAudit(_args: string[], url: string): Promise<void> {
  const app = await NestFactory.createApplicationContext(AuditCliModule.forUrl(url), { logger: ['error', 'warn'] });
  try {
    const report = await app.get(AuditService).verifyAll();
    for (const p of report.problems) {
      process.stdout.write(`asset ${p.assetId} link ${p.seq}: ${p.kind}: ${p.message}\n`);
    }
    process.stdout.write(
      `${report.chains} chains, ${report.links} links verified: ${report.problems.length === 0 ? 'intact' : `${report.problems.length} problems`}\n`,
    );
    if (report.problems.length > 0) process.exitCode = 1;
  } finally {
    await app.close();
  }
}

/**
 * Demo parties, users and assets, then (on an empty registry only) demo activity through
 * the services; the LPR history and demo subsidy rules wherever they are missing.
 */
async function seed(dataSource: DataSource): Promise<string> {
  const empty = (await dataSource.manager.count(PartyEntity)) === 0;
  const seeded = await seedRegistry(dataSource);
  const subsidies = await seedSubsidies(dataSource);
  return empty ? `${seeded}; ${await seedDemoActivity(loadRegistryConfig())}; ${subsidies}` : `${seeded}; ${subsidies}`;
}

async function benchRegistrations(args: string[]): Promise<void> {
  const concurrency = Number(args[0] ?? '8');
  if (!Number.isInteger(concurrency) || concurrency < 1) throw new Error('usage: measure-registrations <concurrency>');
  const app = await NestFactory.createApplicationContext(RegistryServicesModule.forConfig(loadRegistryConfig()), {
    logger: ['error', 'warn'],
  });
  try {
    await measureRegistrations(app, concurrency);
  } finally {
    await app.close();
  }
}

/** Pure computation: the command opens no database connection. */
function benchSchedules(args: string[]): void {
  const [count, runs] = [Number(args[0] ?? '10000'), Number(args[1] ?? '3')];
  if (!Number.isInteger(count) || count < 1 || !Number.isInteger(runs) || runs < 1)
    throw new Error('usage: measure-schedules <count> <runs>');
  measureSchedules(count, runs);
}

runMain(() =>
  runSubgraphCli(
    {
      app: 'pledge-registry',
      schema: REGISTRY_SCHEMA,
      createDataSource: createRegistryDataSource,
      seed,
      commands: {
        'import-patents': importPatents,
        'verify-audit': verifyAudit,
        'measure-registrations': benchRegistrations,
      },
      offlineCommands: { 'measure-schedules': benchSchedules },
    },
    process.argv.slice(2),
    ROOT,
  ),
);
