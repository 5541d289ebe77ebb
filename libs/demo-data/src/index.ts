import { issueUserToken, type Identity, type Role } from '@app/auth';
/**
 * The demo data set that `npm start` seeds into an empty database. Ids are fixed so the
 * two subgraphs (each seeding its own schema) refer to the same assets, and so the token
 * command can sign for a demo login without a database round trip. Companies are
 * fictional; their credit codes and patent numbers carry valid check characters.
 */
export const DEMO_PARTIES = {
  lianxin: {
    id: '00000000-0000-4000-8000-000000000101',
    kind: 'ENTERPRISE',
    name: 'Suzhou Lianxin Microelectronics Co., Ltd.',
    creditCode: '91320594MA1W0L2Q3E',
    city: 'Suzhou',
    district: 'Suzhou Industrial Park',
  },
  qingyuan: {
    id: '00000000-0000-4000-8000-000000000102',
    kind: 'ENTERPRISE',
    name: 'Hefei Qingyuan Battery Materials Co., Ltd.',
    creditCode: '91340100MA2N7K8P5R',
    city: 'Hefei',
    district: 'Gaoxin',
  },
  jiangsuBank: {
    id: '00000000-0000-4000-8000-000000000201',
    kind: 'LENDER',
    name: 'Jiangsu Demo Commercial Bank, Suzhou Branch',
    creditCode: '913200001000123456',
    city: 'Suzhou',
    district: null,
  },
  suzhouProgram: {
    id: '00000000-0000-4000-8000-000000000301',
    kind: 'PROGRAM_OFFICE',
    name: 'Suzhou IP Pledge Financing Program Office',
    creditCode: '12320500MB1234567U',
    city: 'Suzhou',
    district: null,
  },
} as const;

export type DemoRole = 'SME' | 'BANK' | 'REGISTRAR' | 'PROGRAM_STAFF' | 'ADMIN' | 'ARRANGER';

export interface DemoUser {
  id: string;
  login: string;
  displayName: string;
  roles: DemoRole[];
  partyId: string | null;
}

export const DEMO_USERS: readonly DemoUser[] = [
  {
    id: '00000000-0000-4000-8000-000000001001',
    login: 'sme',
    displayName: 'Li Na (Lianxin finance manager)',
    roles: ['SME'],
    partyId: DEMO_PARTIES.lianxin.id,
  },
  {
    id: '00000000-0000-4000-8000-000000001002',
    login: 'sme2',
    displayName: 'Zhao Lei (Qingyuan CFO)',
    roles: ['SME'],
    partyId: DEMO_PARTIES.qingyuan.id,
  },
  {
    id: '00000000-0000-4000-8000-000000001003',
    login: 'bank',
    displayName: 'Wang Fang (credit officer)',
    roles: ['BANK', 'ARRANGER'],
    partyId: DEMO_PARTIES.jiangsuBank.id,
  },
  {
    id: '00000000-0000-4000-8000-000000001004',
    login: 'registrar',
    displayName: 'Chen Jie (pledge desk examiner)',
    roles: ['REGISTRAR'],
    partyId: null,
  },
  {
    id: '00000000-0000-4000-8000-000000001005',
    login: 'program',
    displayName: 'Sun Min (program staff)',
    roles: ['PROGRAM_STAFF'],
    partyId: DEMO_PARTIES.suzhouProgram.id,
  },
  {
    id: '00000000-0000-4000-8000-000000001006',
    login: 'admin',
    displayName: 'Platform administrator',
    roles: ['ADMIN'],
    partyId: null,
  },
];

export interface DemoAsset {
  id: string;
  kind: 'INVENTION' | 'UTILITY_MODEL' | 'DESIGN' | 'TRADEMARK';
  number: string;
  title: string;
  filingDate: string;
  grantDate: string | null;
  legalStatus: 'PENDING' | 'GRANTED' | 'FEE_GRACE' | 'LAPSED' | 'INVALIDATED' | 'EXPIRED';
  ipcClasses: string[];
  owners: { partyKey: keyof typeof DEMO_PARTIES | null; name: string; share: string }[];
  invalidationPending?: boolean;
  /** Relief-from-royalty assumptions for the seeded valuation; null = not valued yet. */
  valuation: {
    baseRevenue: string;
    growthRate: string;
    royaltyRate: string;
    discountRate: string;
    economicLifeYears: number;
    /** Legal term left on the valuation date (2026-09-30), as the analyst entered it. */
    remainingLegalYears: number;
  } | null;
}

const asset = (n: number): string => `00000000-0000-4000-8000-0000000020${String(n).padStart(2, '0')}`;

export const DEMO_ASSETS: readonly DemoAsset[] = [
  {
    id: asset(1),
    kind: 'INVENTION',
    number: 'CN201810123456.5',
    title: 'Low-leakage SRAM cell with adaptive body bias',
    filingDate: '2018-03-12',
    grantDate: '2020-08-21',
    legalStatus: 'GRANTED',
    ipcClasses: ['G11C11/412', 'H01L27/11'],
    owners: [{ partyKey: 'lianxin', name: DEMO_PARTIES.lianxin.name, share: '100' }],
    valuation: {
      baseRevenue: '18000000',
      growthRate: '0.06',
      royaltyRate: '0.035',
      discountRate: '0.13',
      economicLifeYears: 10,
      remainingLegalYears: 11.45,
    },
  },
  {
    id: asset(2),
    kind: 'INVENTION',
    number: 'CN202010345678.9',
    title: 'Wafer-level test method for high-speed SerDes links',
    filingDate: '2020-05-06',
    grantDate: '2022-11-15',
    legalStatus: 'GRANTED',
    ipcClasses: ['G01R31/28', 'H04L25/02'],
    owners: [{ partyKey: 'lianxin', name: DEMO_PARTIES.lianxin.name, share: '100' }],
    valuation: {
      baseRevenue: '9500000',
      growthRate: '0.08',
      royaltyRate: '0.04',
      discountRate: '0.14',
      economicLifeYears: 8,
      remainingLegalYears: 13.6,
    },
  },
  {
    id: asset(3),
    kind: 'UTILITY_MODEL',
    number: 'CN201920234567.3',
    title: 'Heat-spreading lid for flip-chip packages',
    filingDate: '2019-09-18',
    grantDate: '2020-06-02',
    legalStatus: 'GRANTED',
    ipcClasses: ['H01L23/367'],
    owners: [
      { partyKey: 'lianxin', name: DEMO_PARTIES.lianxin.name, share: '60' },
      { partyKey: null, name: 'Soochow Institute of Semiconductor Packaging', share: '40' },
    ],
    valuation: {
      baseRevenue: '4200000',
      growthRate: '0.03',
      royaltyRate: '0.025',
      discountRate: '0.15',
      economicLifeYears: 6,
      remainingLegalYears: 2.97,
    },
  },
  {
    id: asset(4),
    kind: 'INVENTION',
    number: 'CN202310901234.2',
    title: 'On-chip ESD clamp for 3 nm I/O',
    filingDate: '2023-04-20',
    grantDate: null,
    legalStatus: 'PENDING',
    ipcClasses: ['H01L27/02'],
    owners: [{ partyKey: 'lianxin', name: DEMO_PARTIES.lianxin.name, share: '100' }],
    valuation: null,
  },
  {
    id: asset(5),
    kind: 'DESIGN',
    number: 'CN201830567890.3',
    title: 'Development board enclosure',
    filingDate: '2018-07-30',
    grantDate: '2019-01-11',
    legalStatus: 'GRANTED',
    ipcClasses: [],
    owners: [{ partyKey: 'lianxin', name: DEMO_PARTIES.lianxin.name, share: '100' }],
    valuation: null,
  },
  {
    id: asset(6),
    kind: 'INVENTION',
    number: 'CN202110456789.1',
    title: 'Single-crystal high-nickel cathode with boron coating',
    filingDate: '2021-02-03',
    grantDate: '2023-05-19',
    legalStatus: 'GRANTED',
    ipcClasses: ['H01M4/525', 'H01M4/36'],
    owners: [{ partyKey: 'qingyuan', name: DEMO_PARTIES.qingyuan.name, share: '100' }],
    valuation: {
      baseRevenue: '32000000',
      growthRate: '0.1',
      royaltyRate: '0.045',
      discountRate: '0.12',
      economicLifeYears: 12,
      remainingLegalYears: 14.35,
    },
  },
  {
    id: asset(7),
    kind: 'UTILITY_MODEL',
    number: 'CN202221789012.3',
    title: 'Electrolyte filling nozzle with vapour recovery',
    filingDate: '2022-07-14',
    grantDate: '2022-12-27',
    legalStatus: 'GRANTED',
    ipcClasses: ['H01M50/60'],
    owners: [{ partyKey: 'qingyuan', name: DEMO_PARTIES.qingyuan.name, share: '100' }],
    invalidationPending: true,
    valuation: {
      baseRevenue: '2500000',
      growthRate: '0.02',
      royaltyRate: '0.02',
      discountRate: '0.16',
      economicLifeYears: 5,
      remainingLegalYears: 5.79,
    },
  },
  {
    id: asset(8),
    kind: 'DESIGN',
    number: 'CN202130678901.7',
    title: 'Battery module end plate',
    filingDate: '2021-08-09',
    grantDate: '2022-01-25',
    legalStatus: 'GRANTED',
    ipcClasses: [],
    owners: [{ partyKey: 'qingyuan', name: DEMO_PARTIES.qingyuan.name, share: '100' }],
    valuation: null,
  },
];

/** Issuer and audience of locally issued demo tokens (the gateway's defaults). */
export const LOCAL_TOKEN_ISSUER = 'ipfin-local';
export const LOCAL_TOKEN_AUDIENCE = 'ipfin-api';

/** The demo user with this login; throws naming the demo logins when there is none. */
export function demoUserByLogin(login: string): DemoUser {
  const user = DEMO_USERS.find((u) => u.login === login);
  if (user === undefined)
    throw new Error(`no demo user ${login}; demo logins: ${DEMO_USERS.map((u) => u.login).join(', ')}`);
  return user;
}

/** The identity a demo user acts with (seeds, in-process benchmarks, tokens). */
export function demoIdentity(login: string): Identity & { userId: string; login: string } {
  const user = demoUserByLogin(login);
  return { userId: user.id, login: user.login, partyId: user.partyId, roles: user.roles as Role[], anonymous: false };
}

/** How the local issuer signs: the gateway's JWT_SECRET, JWT_ISSUER and JWT_AUDIENCE. */
export interface LocalSigner {
  secret: string;
  issuer: string;
  audience: string;
}

/**
 * A bearer token for a demo login from the local issuer (valid 12 hours): what
 * `npm run token -- <login>` prints and the console's local login page receives.
 * Throws naming the demo logins when there is no such user.
 */
export function issueDemoToken(login: string, signer: LocalSigner): Promise<string> {
  const { userId, partyId, roles } = demoIdentity(login);
  return issueUserToken({ userId, login, partyId, roles }, signer.secret, signer.issuer, signer.audience);
}
