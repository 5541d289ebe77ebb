import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { isMain, log, numberFlag, flag, runBench } from './common.js';

/**
 * Reproducible patent CSV for the import benchmark: the same seed and row count always
 * give the same file, byte for byte. Every row is valid for `import-patents`: CN
 * application numbers with their check character (12 digits: year, kind digit 1/2/3,
 * 7-digit serial; check = sum(d_i * w_i) mod 11, weights 2..9,2..5, 10 -> X), unique
 * numbers, kind matching the number, dates consistent with the legal status, IPC symbols,
 * one to three owners with 18-character credit codes (GB 32100 check character) and
 * shares adding up to exactly 100.
 *
 * node dist/bench/generate-patents-csv.js [--rows 100000] [--seed 20261121] [--out patents.csv]
 */

export const PATENT_CSV_COLUMNS = [
  'number',
  'kind',
  'title',
  'filing_date',
  'grant_date',
  'legal_status',
  'ipc_classes',
  'owners',
  'owner_credit_codes',
  'owner_shares',
  'invalidation_pending',
  'ownership_dispute',
  'court_preservation',
  'claims_count',
  'independent_claims',
  'forward_citations',
  'family_size',
  'licences_granted',
] as const;

export const DEFAULT_SEED = 20261121;
const MAX_ROWS = 10_000_000;

/** sfc32: small, fast, seedable; plenty for test data. */
export function createRng(seed: number): () => number {
  let a = 0x9e3779b9;
  let b = 0x243f6a88;
  let c = 0xb7e15162;
  let d = seed >>> 0;
  const next = (): number => {
    a >>>= 0;
    b >>>= 0;
    c >>>= 0;
    d >>>= 0;
    let t = (a + b) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    d = (d + 1) | 0;
    t = (t + d) | 0;
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let i = 0; i < 15; i++) next();
  return next;
}

const WEIGHTS = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5] as const;

/** Check character of a 12-digit CN application number. */
export function cnCheckChar(digits: string): string {
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(digits.charAt(i)) * (WEIGHTS[i] as number);
  const check = sum % 11;
  return check === 10 ? 'X' : String(check);
}

const USCC_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;
const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2] as const;
const ORG_CHARS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** Unified social credit code (GB 32100-2015) with valid organisation-code and final check characters. */
export function creditCode(rng: () => number, registration: '91' | '12', division: string): string {
  let org = registration === '91' ? 'MA' : '';
  const chars = registration === '91' ? USCC_CHARS : '0123456789';
  while (org.length < 8) org += chars.charAt(Math.floor(rng() * chars.length));
  let orgSum = 0;
  for (let i = 0; i < 8; i++) orgSum += ORG_CHARS.indexOf(org.charAt(i)) * (ORG_WEIGHTS[i] as number);
  const orgCheck = 11 - (orgSum % 11);
  org += orgCheck === 10 ? 'X' : orgCheck === 11 ? '0' : String(orgCheck);
  const body = `${registration}${division}${org}`;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += USCC_CHARS.indexOf(body.charAt(i)) * (USCC_WEIGHTS[i] as number);
  return body + (USCC_CHARS[(31 - (sum % 31)) % 31] as string);
}

function pick<T>(rng: () => number, items: readonly T[]): T {
  return items[Math.floor(rng() * items.length)] as T;
}

function int(rng: () => number, min: number, max: number): number {
  return min + Math.floor(rng() * (max - min + 1));
}

const CITIES: readonly [string, string][] = [
  ['Suzhou', '320505'],
  ['Wuxi', '320214'],
  ['Nanjing', '320115'],
  ['Hefei', '340104'],
  ['Hangzhou', '330108'],
  ['Ningbo', '330212'],
  ['Shenzhen', '440305'],
  ['Guangzhou', '440112'],
  ['Dongguan', '441900'],
  ['Wuhan', '420111'],
  ['Chengdu', '510107'],
  ["Xi'an", '610131'],
  ['Changsha', '430104'],
  ['Qingdao', '370212'],
  ['Tianjin', '120116'],
  ['Shanghai', '310115'],
  ['Beijing', '110108'],
  ['Xiamen', '350206'],
  ['Changzhou', '320411'],
  ['Jinan', '370112'],
];
const NAME_PARTS = [
  'Lianxin',
  'Qingyuan',
  'Huarui',
  'Zhongke',
  'Xinchuang',
  'Ruisheng',
  'Tianhe',
  'Jinghong',
  'Boyuan',
  'Hengtong',
  'Kaidi',
  'Mingyang',
  'Yuanjing',
  'Shengbang',
  'Haoxin',
  'Weichuang',
  'Dingfeng',
  'Guanghe',
  'Jiahua',
  'Longji',
  'Anxin',
  'Baolong',
  'Chenguang',
  'Dongfang',
  'Feiyang',
  'Hongtai',
  'Jiuzhou',
  'Kunpeng',
  'Lixun',
  'Nuowei',
];
const INDUSTRIES = [
  'Microelectronics',
  'Semiconductor',
  'Battery Materials',
  'New Energy',
  'Intelligent Equipment',
  'Medical Devices',
  'Photonics',
  'Precision Machinery',
  'Biotechnology',
  'Robotics',
  'Sensor Technology',
  'Software',
  'New Materials',
  'Automotive Electronics',
  'Communication Technology',
];
const INSTITUTES = [
  'University of Science and Technology',
  'Institute of Advanced Manufacturing',
  'Polytechnic University',
  'Institute of Microsystems',
  'Normal University',
  'Institute of Materials Research',
];
const SURNAMES = [
  'Li',
  'Wang',
  'Zhang',
  'Liu',
  'Chen',
  'Yang',
  'Zhao',
  'Huang',
  'Zhou',
  'Wu',
  'Xu',
  'Sun',
  'Ma',
  'Zhu',
  'Hu',
];
const GIVEN = [
  'Wei',
  'Fang',
  'Na',
  'Min',
  'Jie',
  'Lei',
  'Jun',
  'Yan',
  'Tao',
  'Hui',
  'Qiang',
  'Ling',
  'Bo',
  'Xin',
  'Hao',
];

/** IPC subclasses by field, with realistic main groups. */
const FIELDS: readonly { ipc: readonly string[]; subjects: readonly string[] }[] = [
  {
    ipc: ['H01L21', 'H01L23', 'H01L27', 'H01L29', 'G11C11', 'H03K19'],
    subjects: [
      'SRAM cell',
      'FinFET transistor',
      'wafer bonding process',
      'flip-chip package',
      'ESD protection circuit',
      'through-silicon via',
      'gate driver',
      'power MOSFET',
    ],
  },
  {
    ipc: ['H01M4', 'H01M10', 'H01M50', 'H02J7'],
    subjects: [
      'high-nickel cathode',
      'solid electrolyte',
      'battery module',
      'silicon-carbon anode',
      'battery management system',
      'separator coating',
      'electrolyte additive',
    ],
  },
  {
    ipc: ['G06F16', 'G06F9', 'G06N3', 'G06T7', 'H04L67'],
    subjects: [
      'neural network accelerator',
      'image segmentation model',
      'distributed storage system',
      'task scheduler',
      'data synchronisation protocol',
      'recommendation engine',
    ],
  },
  {
    ipc: ['A61B5', 'A61B17', 'A61M25', 'A61K31'],
    subjects: [
      'catheter',
      'blood glucose sensor',
      'surgical stapler',
      'wearable ECG monitor',
      'drug delivery device',
      'endoscope',
    ],
  },
  {
    ipc: ['B25J9', 'B23K26', 'G05B19', 'F16H1'],
    subjects: [
      'robot arm joint',
      'laser welding head',
      'CNC spindle',
      'harmonic reducer',
      'gripper',
      'motion controller',
    ],
  },
  {
    ipc: ['G01N21', 'G01R31', 'G02B6', 'H01S5'],
    subjects: [
      'optical fibre connector',
      'laser diode',
      'gas sensor',
      'wafer inspection system',
      'spectrometer',
      'photodetector',
    ],
  },
];
const VERBS = [
  'Method for manufacturing',
  'Method for controlling',
  'Apparatus and method for testing',
  'System for monitoring',
  'Device for cooling',
  'Method for calibrating',
  'Structure of',
  'Method for producing',
];
const QUALIFIERS = [
  'low-power',
  'high-speed',
  'compact',
  'high-reliability',
  'self-calibrating',
  'modular',
  'low-cost',
  'thermally stable',
];
const DESIGN_OBJECTS = [
  'Battery module end plate',
  'Development board enclosure',
  'Charging pile',
  'Handheld scanner',
  'Smart meter housing',
  'Robot base cover',
  'Sensor housing',
  'Control panel',
];

interface Owner {
  name: string;
  code: string;
}

function buildOwners(rng: () => number): { companies: Owner[]; institutes: Owner[] } {
  const seen = new Set<string>();
  const companies: Owner[] = [];
  for (let i = 0; i < 3000 && companies.length < 2000; i++) {
    const [city, division] = pick(rng, CITIES);
    const name = `${city} ${pick(rng, NAME_PARTS)} ${pick(rng, INDUSTRIES)} Co., Ltd.`;
    if (seen.has(name)) continue;
    seen.add(name);
    companies.push({ name, code: creditCode(rng, '91', division) });
  }
  const institutes: Owner[] = [];
  for (const [city, division] of CITIES) {
    for (const kind of INSTITUTES) institutes.push({ name: `${city} ${kind}`, code: creditCode(rng, '12', division) });
  }
  return { companies, institutes };
}

const iso = (date: Date): string => date.toISOString().slice(0, 10);
const addDays = (date: Date, days: number): Date => new Date(date.getTime() + days * 86400000);

function csvCell(value: string): string {
  return /[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** A generator of CSV lines (header first); deterministic for a given seed. */
export function* patentCsvLines(rows: number, seed: number): Generator<string> {
  if (!Number.isInteger(rows) || rows < 1 || rows > MAX_ROWS) throw new Error(`rows must be 1..${MAX_ROWS}`);
  const rng = createRng(seed);
  const { companies, institutes } = buildOwners(rng);
  const numbers = new Set<string>();
  const today = new Date(Date.UTC(2026, 10, 21));
  yield PATENT_CSV_COLUMNS.join(',');
  for (let row = 0; row < rows; row++) {
    const kindDigit = pick(rng, ['1', '1', '1', '2', '2', '3'] as const);
    const year = int(rng, 2005, 2025);
    let digits = '';
    // 10^7 serials per year and kind: a collision is rare; the retry bound keeps the loop finite.
    for (let attempt = 0; attempt < 100; attempt++) {
      const candidate = `${year}${kindDigit}${String(int(rng, 0, 9_999_999)).padStart(7, '0')}`;
      if (!numbers.has(candidate)) {
        digits = candidate;
        break;
      }
    }
    if (digits === '') throw new Error('could not find a unique patent number');
    numbers.add(digits);
    const number = `CN${digits}.${cnCheckChar(digits)}`;
    const kind = kindDigit === '1' ? 'INVENTION' : kindDigit === '2' ? 'UTILITY_MODEL' : 'DESIGN';

    const filing = new Date(Date.UTC(year, 0, 1) + Math.floor(rng() * 365) * 86400000);
    const grantDelay =
      kind === 'INVENTION' ? int(rng, 450, 1400) : kind === 'UTILITY_MODEL' ? int(rng, 120, 400) : int(rng, 90, 300);
    const grant = addDays(filing, grantDelay);
    const termYears = kind === 'INVENTION' ? 20 : kind === 'UTILITY_MODEL' ? 10 : 15;
    const expired = new Date(Date.UTC(year + termYears, filing.getUTCMonth(), filing.getUTCDate())) <= today;
    let status: string;
    let grantDate: string;
    if (grant > today) {
      status = 'PENDING';
      grantDate = '';
    } else {
      grantDate = iso(grant);
      const r = rng();
      status = expired ? 'EXPIRED' : r < 0.8 ? 'GRANTED' : r < 0.88 ? 'LAPSED' : r < 0.95 ? 'FEE_GRACE' : 'INVALIDATED';
    }

    const field = pick(rng, FIELDS);
    const subject = pick(rng, field.subjects);
    const title =
      kind === 'DESIGN'
        ? pick(rng, DESIGN_OBJECTS)
        : rng() < 0.3
          ? `${pick(rng, VERBS)} a ${pick(rng, QUALIFIERS)} ${subject}, and ${subject} obtained thereby`
          : `${pick(rng, VERBS)} a ${pick(rng, QUALIFIERS)} ${subject}`;
    const ipc: string[] = [];
    if (kind !== 'DESIGN') {
      const count = int(rng, 1, 4);
      for (let i = 0; i < count; i++) {
        const symbol = `${pick(rng, field.ipc)}/${String(int(rng, 0, 99)).padStart(2, '0')}`;
        if (!ipc.includes(symbol)) ipc.push(symbol);
      }
    }

    const ownerCount = rng() < 0.8 ? 1 : rng() < 0.8 ? 2 : 3;
    const owners: Owner[] = [];
    for (let attempt = 0; owners.length < ownerCount && attempt < 20; attempt++) {
      const candidate = owners.length > 0 && rng() < 0.5 ? pick(rng, institutes) : pick(rng, companies);
      if (!owners.some((o) => o.code === candidate.code)) owners.push(candidate);
    }
    // Now and then a co-owner is a natural person (no credit code).
    if (owners.length > 1 && rng() < 0.1)
      owners[owners.length - 1] = { name: `${pick(rng, SURNAMES)} ${pick(rng, GIVEN)}`, code: '' };
    const shares =
      owners.length === 1
        ? ['100']
        : owners.length === 2
          ? pick(rng, [
              ['50', '50'],
              ['60', '40'],
              ['70', '30'],
              ['80', '20'],
            ])
          : pick(rng, [
              ['40', '30', '30'],
              ['50', '25', '25'],
              ['33.34', '33.33', '33.33'],
            ]);

    const claims = kind === 'DESIGN' ? '' : String(int(rng, 1, 30));
    const independent = claims === '' ? '' : String(int(rng, 1, Math.min(3, Number(claims))));
    const granted = grantDate !== '';
    const cells = [
      number,
      kind,
      title,
      iso(filing),
      grantDate,
      status,
      ipc.join(';'),
      owners.map((o) => o.name).join(';'),
      owners.map((o) => o.code).join(';'),
      shares.join(';'),
      granted && rng() < 0.01 ? 'true' : 'false',
      granted && rng() < 0.005 ? 'true' : 'false',
      granted && rng() < 0.003 ? 'true' : 'false',
      claims,
      independent,
      String(Math.floor(-Math.log(1 - rng()) * 4)),
      String(int(rng, 1, 8)),
      String(rng() < 0.1 ? int(rng, 1, 5) : 0),
    ];
    yield cells.map(csvCell).join(',');
  }
}

/** Writes the file with backpressure; returns its size in bytes. */
export async function writePatentsCsv(path: string, rows: number, seed = DEFAULT_SEED): Promise<number> {
  const out = createWriteStream(path);
  let buffer = '';
  for (const line of patentCsvLines(rows, seed)) {
    buffer += `${line}\n`;
    if (buffer.length >= 1 << 16) {
      if (!out.write(buffer)) await once(out, 'drain');
      buffer = '';
    }
  }
  out.end(buffer);
  await once(out, 'finish');
  return out.bytesWritten;
}

if (isMain(import.meta.url)) {
  runBench(async () => {
    const rows = numberFlag('rows', 100_000, 1, MAX_ROWS);
    const seed = numberFlag('seed', DEFAULT_SEED, 0, 2 ** 32 - 1);
    const path = flag('out', 'patents.csv');
    const started = Date.now();
    const bytes = await writePatentsCsv(path, rows, seed);
    log(`${path}: ${rows} rows, ${bytes} bytes, seed ${seed}, ${Date.now() - started} ms`);
  });
}
