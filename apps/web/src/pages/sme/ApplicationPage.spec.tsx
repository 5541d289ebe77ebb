import { MockedProvider, type MockedProviderProps } from '@apollo/client/testing/react';
import { fireEvent, render, screen } from '@testing-library/react';
import { ParamsProvider } from '@web/router/router';
import { SIGN_PLEDGE_APPLICATION } from '@web/api/pledge-signature';
import { ApplicationPage, PLEDGE_APPLICATION_DETAIL } from '@web/pages/sme/ApplicationPage';

const money = (amount: string) => ({ __typename: 'Money', amount, currency: 'CNY' });
const application = (change: Record<string, unknown> = {}) => ({
  __typename: 'PledgeApplication',
  id: 'app-1',
  status: 'DRAFT',
  pledgorPartyId: 'sme-1',
  pledgeePartyId: 'bank-1',
  pledgorSigned: false,
  pledgeeSigned: false,
  awaitingSignatureOf: null,
  claimType: 'LOAN',
  claimAmount: money('1000000'),
  debtorDueDate: '2027-11-21',
  guaranteeScope: 'principal and interest',
  forfeitureClause: false,
  appraisalReference: null,
  appraisedValue: null,
  coOwnerConsents: [],
  acknowledgedRisks: [],
  filingChannel: 'ONLINE',
  assets: [
    {
      __typename: 'PledgedAsset',
      assetId: 'a1',
      number: 'CN1',
      title: 'Wafer bonding',
      filingDate: '2020-01-02',
      grantDate: '2022-03-04',
      asset: {
        __typename: 'IpAsset',
        id: 'a1',
        riskFlags: { __typename: 'IpRiskFlags', invalidationPending: false },
      },
    },
  ],
  createdAt: '2026-11-21T08:00:00.000Z',
  submittedAt: null,
  examinationDueDate: null,
  overdue: false,
  examinedAt: null,
  examinerNote: null,
  refusalReasons: [],
  registrationNumber: null,
  registeredOn: null,
  endedOn: null,
  events: [
    {
      __typename: 'AuditEvent',
      eventId: 'e1',
      action: 'PLEDGE_DRAFTED',
      occurredAt: '2026-11-21T08:00:00.000Z',
      actorLogin: 'sme',
      after: {},
    },
  ],
  ...change,
});
const detailMock = (change: Record<string, unknown> = {}) => ({
  request: { query: PLEDGE_APPLICATION_DETAIL, variables: { id: 'app-1' } },
  result: { data: { pledgeApplication: application(change) } },
});
const signatureInput = {
  applicationId: 'app-1',
  pledgorPartyId: 'sme-1',
  pledgeePartyId: 'bank-1',
  securedClaim: { type: 'LOAN', amount: '1000000', currency: 'CNY' },
  debtorDueDate: '2027-11-21',
  assetIds: ['a1'],
  guaranteeScope: 'principal and interest',
  forfeitureClause: false,
  appraisalReference: null,
  appraisedValue: null,
  coOwnerConsents: [],
  acknowledgedRisks: [],
  filingChannel: 'ONLINE',
};
const signMock = (result: Record<string, unknown>, input: Record<string, unknown> = signatureInput) => ({
  request: {
    query: SIGN_PLEDGE_APPLICATION,
    // The signature sends the application's own content back, under a key.
    variables: (v: Record<string, unknown>) =>
      JSON.stringify(v['input']) === JSON.stringify(input) && typeof v['key'] === 'string',
  },
  result: {
    data: {
      submitPledgeApplication: {
        __typename: 'PledgeApplicationResult',
        awaitingSignatureOf: null,
        reasons: [],
        reviewFlags: [],
        application: null,
        ...result,
      },
    },
  },
});

function renderPage(mocks: MockedProviderProps['mocks']) {
  return render(
    <MockedProvider mocks={mocks}>
      <ParamsProvider params={{ id: 'app-1' }}>
        <ApplicationPage />
      </ParamsProvider>
    </MockedProvider>,
  );
}

describe('ApplicationPage', () => {
  it('asks for the signature, signs with the content as it stands, then waits for the bank', async () => {
    renderPage([
      detailMock(),
      signMock({
        accepted: true,
        awaitingSignatureOf: 'PLEDGEE',
        application: {
          __typename: 'PledgeApplication',
          id: 'app-1',
          status: 'DRAFT',
          pledgorSigned: true,
          pledgeeSigned: false,
          awaitingSignatureOf: 'PLEDGEE',
          examinationDueDate: null,
          overdue: false,
          updatedAt: '2026-11-21T08:00:00.000Z',
        },
      }),
      detailMock({ pledgorSigned: true, awaitingSignatureOf: 'PLEDGEE' }),
    ]);
    expect(await screen.findByText('Your signature is needed: check the terms below and sign.')).toBeTruthy();
    expect(screen.getByText('The bank: not signed yet')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Sign the application' }));
    expect(await screen.findByText('You have signed. Waiting for the bank to sign.')).toBeTruthy();
    expect(screen.getByText('Your company: signed')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Sign the application' })).toBeNull();
  });

  it('lists the reasons as sentences when the signature is refused', async () => {
    renderPage([
      detailMock(),
      signMock({
        accepted: false,
        reasons: [
          {
            __typename: 'RefusalReason',
            code: 'DUE_DATE_AFTER_EXPIRY',
            message: 'due date 2027-11-21 is not before the expiry of CN1 on 2027-01-02',
            assetId: 'a1',
          },
          { __typename: 'RefusalReason', code: 'FEES_UNPAID', message: 'CN1 has unpaid annual fees', assetId: 'a1' },
        ],
      }),
    ]);
    fireEvent.click(await screen.findByRole('button', { name: 'Sign the application' }));
    const alert = await screen.findByRole('alert');
    const items = [...alert.querySelectorAll('li')].map((li) => li.textContent);
    expect(items).toEqual([
      'The debt falls due after a patent expires. Due date 2027-11-21 is not before the expiry of CN1 on 2027-01-02.',
      'Annual fees of a patent are unpaid. CN1 has unpaid annual fees.',
    ]);
    expect(alert.textContent).not.toContain('FEES_UNPAID');
  });

  it('shows the registration once registered', async () => {
    renderPage([
      detailMock({
        status: 'REGISTERED',
        pledgorSigned: true,
        pledgeeSigned: true,
        examinationDueDate: '2026-11-25',
        registrationNumber: 'ZX2026-0007',
        registeredOn: '2026-11-24',
      }),
    ]);
    expect(
      await screen.findByText(
        'The pledge is registered as ZX2026-0007 on 24 Nov 2026. The bank can now pay out the loan.',
      ),
    ).toBeTruthy();
    expect(screen.getByText('ZX2026-0007 on 24 Nov 2026')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Sign the application' })).toBeNull();
  });

  it('lets the SME acknowledge a pending invalidation and signs with it', async () => {
    const atRisk = [
      {
        __typename: 'PledgedAsset',
        assetId: 'a1',
        number: 'CN1',
        title: 'Wafer bonding',
        filingDate: '2020-01-02',
        grantDate: '2022-03-04',
        asset: { __typename: 'IpAsset', id: 'a1', riskFlags: { __typename: 'IpRiskFlags', invalidationPending: true } },
      },
    ];
    renderPage([
      detailMock({ assets: atRisk }),
      signMock(
        {
          accepted: true,
          awaitingSignatureOf: 'PLEDGEE',
          application: {
            __typename: 'PledgeApplication',
            id: 'app-1',
            status: 'DRAFT',
            pledgorSigned: true,
            pledgeeSigned: false,
            awaitingSignatureOf: 'PLEDGEE',
            examinationDueDate: null,
            overdue: false,
            updatedAt: '2026-11-21T08:00:00.000Z',
          },
        },
        { ...signatureInput, acknowledgedRisks: [{ assetId: 'a1', risk: 'INVALIDATION_PENDING' }] },
      ),
      detailMock({
        assets: atRisk,
        pledgorSigned: true,
        acknowledgedRisks: [{ __typename: 'RiskAcknowledgement', assetId: 'a1', risk: 'INVALIDATION_PENDING' }],
      }),
    ]);
    fireEvent.click(await screen.findByLabelText(/a request to invalidate CN1 is pending/));
    fireEvent.click(screen.getByRole('button', { name: 'Sign the application' }));
    expect(await screen.findByText('You have signed. Waiting for the bank to sign.')).toBeTruthy();
  });
});
