import { jest } from '@jest/globals';
import { assertGqlData, e2eEnv, gql, pledgeParties, registeredPledge, runScript, sql, tokenFor } from '@app/testing';

jest.setTimeout(120_000);

const env = e2eEnv();

/**
 * Tamper evidence end to end: the verify command and `verifyAssetAuditChain` find an
 * altered link. The log is append-only for every role, so the test alters it the only way
 * left to a superuser: with triggers disabled for its session (replica mode).
 */

const CHECK = 'query($a: ID!) { verifyAssetAuditChain(assetId: $a) { intact links problems { seq kind } } }';

interface Check {
  verifyAssetAuditChain: { intact: boolean; links: number; problems: { seq: number; kind: string }[] };
}

const check = async (assetId: string): Promise<Check['verifyAssetAuditChain']> =>
  assertGqlData(await gql<Check>(env.gatewayUrl, CHECK, { a: assetId }, { token: await tokenFor('registrar') }))
    .verifyAssetAuditChain;

describe('audit chain verification', () => {
  it('TRUNCATE of the log is refused too (42501), like UPDATE and DELETE', async () => {
    await expect(sql('TRUNCATE registry.audit_event')).rejects.toMatchObject({ code: '42501' });
  });

  it('an altered event is found by the API check and by the verify command, which exits 1 naming the asset', async () => {
    const parties = await pledgeParties();
    await registeredPledge(parties);
    const before = await check(parties.assetId);
    expect(before).toMatchObject({ intact: true, problems: [] });
    expect(before.links).toBeGreaterThanOrEqual(3);

    // Rewrite the registration event's "after" as an insider with superuser rights might.
    const [registered] = await sql<{ seq: number }>(
      "SELECT seq FROM registry.audit_event WHERE asset_id = $1 AND action = 'PLEDGE_REGISTERED'",
      [parties.assetId],
    );
    expect(registered).toBeDefined();
    await sql(
      `SET session_replication_role = replica;
       UPDATE registry.audit_event SET after = jsonb_set(after, '{registrationNumber}', '"PL-1999-000001"')
        WHERE asset_id = '${parties.assetId}' AND seq = ${registered?.seq ?? 0};`,
    );

    const after = await check(parties.assetId);
    expect(after.intact).toBe(false);
    expect(after.problems).toEqual([{ seq: registered?.seq, kind: 'HASH_MISMATCH' }]);

    const run = await runScript('dist/apps/pledge-registry/src/cli.js', ['verify-audit']);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`asset ${parties.assetId} link ${registered?.seq}: HASH_MISMATCH`);
  });
});
