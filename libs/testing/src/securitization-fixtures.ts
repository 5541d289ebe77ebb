import { randomUUID } from 'node:crypto';
import { Role } from '@app/auth';
import { activeLoan, shiftDate } from './loan-fixtures.js';
import { todayInChina } from './patent.js';
import { registeredPledge, type PledgeParties } from './pledge-fixtures.js';
import { programPledgeParties, registrySql } from './program-fixtures.js';
import { tokenForUser } from './tokens.js';
import { createAsset, ownedBy, type TestBank } from './valuation-fixtures.js';

/** An arranger token for the bank (BANK + ARRANGER, acting for its party). */
export async function arrangerOf(bank: TestBank): Promise<string> {
  const userId = randomUUID();
  return tokenForUser({
    userId,
    login: `arr-${userId.slice(0, 8)}`,
    partyId: bank.partyId,
    roles: [Role.BANK, Role.ARRANGER],
  });
}

export interface PoolLoanTerms {
  city: string;
  ipc: string;
  principal: string;
  annualRate: string;
  termMonths: number;
  appraisedValue: string;
  /** The pledged asset expires this many days from today. */
  expiryDays: number;
  /** Default EQUAL_PRINCIPAL (the loan fixture's). */
  repaymentMethod?: string;
  /** Another loan of the same SME (a new asset of its own) instead of a fresh SME of `city`. */
  parties?: PledgeParties;
}

/** An ACTIVE loan of the bank on a registered pledge, ready to be offered to a pool. */
export async function poolableLoan(
  bank: TestBank,
  terms: PoolLoanTerms,
): Promise<{ parties: PledgeParties; loanId: string; assetId: string }> {
  let p = terms.parties ?? (await programPledgeParties(terms.city, null, terms.ipc, bank));
  if (terms.parties !== undefined) {
    const asset = await createAsset({ owners: ownedBy(terms.parties.sme.party), ipcClasses: [terms.ipc] });
    p = { ...terms.parties, assetId: asset.id, assetNumber: asset.number };
  }
  const pledgeId = await registeredPledge(p, { appraisedValue: terms.appraisedValue });
  const loanId = await activeLoan(bank.token, pledgeId, {
    principal: terms.principal,
    annualRate: terms.annualRate,
    termMonths: terms.termMonths,
    ...(terms.repaymentMethod === undefined ? {} : { repaymentMethod: terms.repaymentMethod }),
  });
  // Set after registration: the registry refuses to register a pledge on an asset about to expire.
  await registrySql('UPDATE ip_asset SET expiry_date = $2::date WHERE id = $1', [
    p.assetId,
    shiftDate(todayInChina(), terms.expiryDays),
  ]);
  return { parties: p, loanId, assetId: p.assetId };
}
