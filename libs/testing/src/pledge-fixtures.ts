import { e2eEnv } from './e2e-env.js';
import { assertGqlData } from './expectations.js';
import { gql, type GqlResponse } from './graphql.js';
import { tokenFor } from './tokens.js';
import {
  createAsset,
  ownedBy,
  registerBankUser,
  registerSmeUser,
  type TestBank,
  type TestSme,
} from './valuation-fixtures.js';

/**
 * Fixtures for the pledge registration e2e specs: a fresh pledgor SME and pledgee bank
 * with a patent of the SME's, joint applications and the registrar's decisions.
 */

export const PLEDGE_FIELDS = `id status version registrationNumber pledgorPartyId pledgeePartyId claimType
  claimAmount { amount currency } debtorDueDate guaranteeScope forfeitureClause filingChannel
  appraisedValue { amount } realizedAmount { amount } realizationRatio
  pledgorSigned pledgeeSigned awaitingSignatureOf submittedAt examinationDueDate overdue registeredOn
  refusalReasons { code assetId partyId field message } reviewFlags { code partyId }
  examinerNote deregistrationReason endedOn assets { assetId number }`;

export const SUBMIT_PLEDGE = `mutation($input: SubmitPledgeApplicationInput!, $key: String) {
  submitPledgeApplication(input: $input, idempotencyKey: $key) {
    accepted reasons { code assetId partyId field message } reviewFlags { code partyId }
    awaitingSignatureOf application { ${PLEDGE_FIELDS} } } }`;

export const EXAMINE_PLEDGE = `mutation($id: ID!, $decision: ExaminationDecisionInput!, $key: String) {
  examinePledgeApplication(id: $id, decision: $decision, idempotencyKey: $key) {
    status reasons { code assetId message } application { ${PLEDGE_FIELDS} } } }`;

/** A pledgor SME, a pledgee bank and one granted invention patent the SME owns alone. */
export interface PledgeParties {
  sme: TestSme;
  bank: TestBank;
  assetId: string;
  assetNumber: string;
}

export async function pledgeParties(): Promise<PledgeParties> {
  const [sme, bank] = await Promise.all([registerSmeUser(), registerBankUser()]);
  const asset = await createAsset({ owners: ownedBy(sme.party) });
  return { sme, bank, assetId: asset.id, assetNumber: asset.number };
}

/** A valid SubmitPledgeApplicationInput of the pledgor's asset to the pledgee; override any field. */
export function pledgeContent(
  pledgorPartyId: string,
  pledgeePartyId: string,
  assetId: string,
  overrides: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    pledgorPartyId,
    pledgeePartyId,
    securedClaim: { type: 'LOAN', amount: '5000000.00', currency: 'CNY' },
    debtorDueDate: '2030-06-30',
    assetIds: [assetId],
    guaranteeScope: 'principal, interest and costs of realisation',
    forfeitureClause: false,
    appraisedValue: '8000000.00',
    ...overrides,
  };
}

/** A valid SubmitPledgeApplicationInput for the parties' asset(s); override any field. */
export function pledgeInput(parties: PledgeParties, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return pledgeContent(parties.sme.party.id, parties.bank.partyId, parties.assetId, overrides);
}

/** What the specs read of a pledge file; everything else stays `unknown`. */
export interface PledgeFile {
  id: string;
  status: string;
  registrationNumber: string | null;
  [field: string]: unknown;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

export function submitPledge(token: string, input: Record<string, unknown>, key?: string): Promise<GqlResponse<Json>> {
  return gql(e2eEnv().gatewayUrl, SUBMIT_PLEDGE, { input, key }, { token });
}

/** Both parties sign the same content: the application is SUBMITTED. Returns its id. */
export async function submittedPledge(
  parties: PledgeParties,
  overrides: Record<string, unknown> = {},
): Promise<string> {
  const first = await submitPledge(parties.sme.token, pledgeInput(parties, overrides));
  const drafted = (assertGqlData(first) as { submitPledgeApplication: { application: PledgeFile } })
    .submitPledgeApplication.application;
  const second = await submitPledge(
    parties.bank.token,
    pledgeInput(parties, { ...overrides, applicationId: drafted.id }),
  );
  const signed = (assertGqlData(second) as { submitPledgeApplication: { application: PledgeFile } })
    .submitPledgeApplication.application;
  if (signed.status !== 'SUBMITTED') throw new Error(`expected SUBMITTED, got ${second.text}`);
  return drafted.id;
}

export async function examinePledge(
  id: string,
  decision: Record<string, unknown>,
  key?: string,
): Promise<GqlResponse<Json>> {
  return gql(e2eEnv().gatewayUrl, EXAMINE_PLEDGE, { id, decision, key }, { token: await tokenFor('registrar') });
}

/** A registered pledge on the parties' asset. Returns its id. */
export async function registeredPledge(
  parties: PledgeParties,
  overrides: Record<string, unknown> = {},
): Promise<string> {
  const id = await submittedPledge(parties, overrides);
  const response = await examinePledge(id, { outcome: 'REGISTER' });
  const { status } = (assertGqlData(response) as { examinePledgeApplication: { status: string } })
    .examinePledgeApplication;
  if (status !== 'REGISTERED') throw new Error(`expected REGISTERED, got ${response.text}`);
  return id;
}
