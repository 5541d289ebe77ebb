import { SIGN_PLEDGE_APPLICATION, signingInput } from '@web/api/pledge-signature';
import { MockedProvider, type MockedProviderProps } from '@apollo/client/testing/react';
import { fireEvent, render, screen } from '@testing-library/react';
import { BANK_PARTY_NAME } from '@web/pages/bank/PartyName';
import { BANK_LENDER_POLICY } from '@web/pages/bank/policy/lender-policy-query';
import {
  BANK_REVIEW_APPLICATION,
  PATENT_ON_REGISTER,
  ReviewApplicationPage,
} from '@web/pages/bank/reviews/ReviewApplicationPage';
import { ParamsProvider } from '@web/router/router';

const money = (amount: string) => ({ __typename: 'Money', amount, currency: 'CNY' });
const APP = {
  __typename: 'PledgeApplication',
  id: 'app-1',
  status: 'DRAFT',
  pledgorPartyId: 'sme-1',
  pledgeePartyId: 'bank-1',
  pledgeeSigned: false,
  pledgorSigned: true,
  awaitingSignatureOf: 'PLEDGEE',
  claimType: 'LOAN',
  claimAmount: money('600000'),
  debtorDueDate: '2099-11-21',
  guaranteeScope: 'principal and interest',
  forfeitureClause: false,
  filingChannel: 'ONLINE',
  appraisalReference: null,
  appraisedValue: null,
  coOwnerConsents: [],
  acknowledgedRisks: [],
  examinationDueDate: null,
  overdue: false,
  createdAt: '2026-11-01T00:00:00.000Z',
  updatedAt: '2026-11-01T00:00:00.000Z',
  registrationNumber: null,
  registeredOn: null,
  examinerNote: null,
  refusalReasons: [],
  reviewFlags: [],
  assets: [
    {
      __typename: 'PledgedAsset',
      assetId: 'asset-1',
      number: 'CN201810123456.5',
      title: 'SRAM cell',
      asset: {
        __typename: 'IpAsset',
        id: 'asset-1',
        kind: 'INVENTION',
        legalStatus: 'GRANTED',
        expiryDate: '2120-01-01',
        remainingLifeDays: 4000,
        riskFlags: {
          __typename: 'IpRiskFlags',
          invalidationPending: false,
          ownershipDispute: false,
          courtPreservation: false,
        },
        owners: [{ __typename: 'IpAssetOwner', partyId: 'sme-1', creditCode: null, name: 'Lianxin' }],
        latestValuation: {
          __typename: 'Valuation',
          id: 'v-1',
          value: money('2000000'),
          low: money('1500000'),
          high: money('2500000'),
          valuedAt: '2026-10-01T00:00:00.000Z',
          staleness: { __typename: 'ValuationStaleness', stale: false },
        },
      },
    },
  ],
};
const appMock = {
  request: { query: BANK_REVIEW_APPLICATION, variables: { id: 'app-1' } },
  result: {
    data: { viewer: { __typename: 'Viewer', party: { __typename: 'Party', id: 'bank-1' } }, pledgeApplication: APP },
  },
};
const policyMock = {
  request: { query: BANK_LENDER_POLICY, variables: { lenderId: 'bank-1' } },
  result: {
    data: {
      lenderPolicy: {
        __typename: 'LenderPolicy',
        version: 1,
        inventionLtvCap: '0.25',
        utilityModelLtvCap: '0.15',
        designLtvCap: '0.2',
        trademarkLtvCap: '0.5',
        haircut: '0',
        minRemainingLifeYears: 5,
        validityMonths: 12,
        ltvCapByRemainingLife: [],
      },
    },
  },
};
const registerMock = (status: string | null) => ({
  request: { query: PATENT_ON_REGISTER, variables: { patentNumber: 'CN201810123456.5' } },
  result: {
    data: {
      pledgeRegister: {
        __typename: 'PledgeRegisterEntryConnection',
        edges:
          status === null
            ? []
            : [
                {
                  __typename: 'PledgeRegisterEntryEdge',
                  node: { __typename: 'PledgeRegisterEntry', registrationNumber: 'ZL-2025-7', status },
                },
              ],
      },
    },
  },
});
const signMock = (accepted: boolean) => ({
  request: {
    query: SIGN_PLEDGE_APPLICATION,
    variables: (v: { input: unknown; key: string }) =>
      JSON.stringify(v.input) === JSON.stringify(signingInput(APP as never)) && v.key.length > 0,
  },
  result: {
    data: {
      submitPledgeApplication: {
        __typename: 'PledgeApplicationResult',
        accepted,
        awaitingSignatureOf: accepted ? null : 'PLEDGEE',
        reasons: accepted
          ? []
          : [
              {
                __typename: 'RefusalReason',
                code: 'ALREADY_PLEDGED',
                message: 'Patent CN201810123456.5 is already under an active pledge.',
                assetId: 'asset-1',
              },
            ],
        reviewFlags: [],
        application: {
          __typename: 'PledgeApplication',
          id: 'app-1',
          status: accepted ? 'SUBMITTED' : 'DRAFT',
          pledgeeSigned: accepted,
          pledgorSigned: true,
          awaitingSignatureOf: accepted ? null : 'PLEDGEE',
          examinationDueDate: accepted ? '2026-11-25' : null,
          overdue: false,
          updatedAt: '2026-11-21T00:00:00.000Z',
        },
      },
    },
  },
});

const partyMock = {
  request: { query: BANK_PARTY_NAME, variables: { id: 'sme-1' } },
  result: { data: { party: { __typename: 'Party', id: 'sme-1', name: 'Suzhou Lianxin Microelectronics' } } },
};

function renderPage(mocks: MockedProviderProps['mocks']) {
  return render(
    <MockedProvider mocks={mocks}>
      <ParamsProvider params={{ id: 'app-1' }}>
        <ReviewApplicationPage />
      </ParamsProvider>
    </MockedProvider>,
  );
}

describe('ReviewApplicationPage', () => {
  beforeAll(() => {
    if (typeof globalThis.crypto?.randomUUID !== 'function') {
      Object.defineProperty(globalThis, 'crypto', { value: { randomUUID: () => 'key-1' }, configurable: true });
    }
  });

  it('shows the LTV against the policy: no refusal grounds, the claim above policy as a warning', async () => {
    renderPage([appMock, partyMock, policyMock, registerMock(null)]);
    expect(await screen.findByRole('heading', { name: 'Checks before signing' })).toBeTruthy();
    expect(await screen.findByText('No refusal grounds found in the register data.')).toBeTruthy();
    expect(screen.queryByText('Would be refused')).toBeNull();
    expect(await screen.findByText('Suzhou Lianxin Microelectronics')).toBeTruthy();
    // 600,000 / 2,000,000; the policy lends 25 % of 2,000,000.
    expect(screen.getByTestId('ltv').textContent).toBe('30 %');
    expect(screen.getByText('CNY 500,000')).toBeTruthy();
    expect(screen.getByText('Above your policy')).toBeTruthy();
    expect(screen.getByText(/range CNY 1,500,000 – CNY 2,500,000/)).toBeTruthy();
    expect(screen.getByText(/The secured claim is above the CNY 500,000 your policy lends/)).toBeTruthy();
  });

  it('warns of a live pledge on the register before signing, and lists the refusal reasons the server gives', async () => {
    renderPage([appMock, partyMock, policyMock, registerMock('REGISTERED'), signMock(false), appMock]);
    expect(await screen.findByText(/CN201810123456.5 is already pledged \(registration ZL-2025-7\)\./)).toBeTruthy();
    expect(screen.getByText(/One check above would make the registrar refuse/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Sign and submit' }));
    expect(await screen.findByText('The application was not accepted:')).toBeTruthy();
    expect(screen.getByText('Patent CN201810123456.5 is already under an active pledge.')).toBeTruthy();
    expect(screen.queryByText('ALREADY_PLEDGED')).toBeNull();
  });

  it('signs with the content the SME signed; a deregistered pledge on the register is no obstacle', async () => {
    renderPage([appMock, partyMock, policyMock, registerMock('DEREGISTERED'), signMock(true), appMock]);
    const sign = await screen.findByRole('button', { name: 'Sign and submit' });
    fireEvent.click(sign);
    expect(await screen.findByRole('button', { name: 'Signing…' })).toBeTruthy();
    expect(await screen.findByRole('button', { name: 'Sign and submit' })).toBeTruthy();
    expect(screen.queryByText('The application was not accepted:')).toBeNull();
  });

  it('says when the public register could not be checked, and still lets the bank sign', async () => {
    renderPage([
      appMock,
      partyMock,
      policyMock,
      {
        request: { query: PATENT_ON_REGISTER, variables: { patentNumber: 'CN201810123456.5' } },
        error: new TypeError('Failed to fetch'),
      },
    ]);
    expect(
      await screen.findByText(
        'The public register could not be reached: other pledges of these patents were not checked.',
      ),
    ).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Sign and submit' })).toBeTruthy();
  });
});
