import {
  daysBetween,
  daysLeftText,
  deadlineOf,
  groupByTab,
  localToday,
  sortByUrgency,
  tabOf,
  type QueueItem,
} from '@web/pages/bank/reviews/review-logic';

const TODAY = '2026-11-21';
const item = (id: string, change: Partial<QueueItem> = {}): QueueItem => ({
  id,
  status: 'DRAFT',
  pledgeeSigned: false,
  awaitingSignatureOf: null,
  examinationDueDate: null,
  debtorDueDate: '2027-11-21',
  overdue: false,
  createdAt: '2026-11-01T00:00:00Z',
  updatedAt: '2026-11-01T00:00:00Z',
  ...change,
});

describe('review queue', () => {
  it('puts each state in its tab: the bank signs drafts unless only the SME is missing', () => {
    expect(tabOf(item('a'))).toBe('sign');
    expect(tabOf(item('a', { awaitingSignatureOf: 'PLEDGEE' }))).toBe('sign');
    expect(tabOf(item('a', { pledgeeSigned: true, awaitingSignatureOf: 'PLEDGOR' }))).toBe('sme');
    expect(tabOf(item('a', { status: 'CORRECTION_REQUESTED' }))).toBe('sign');
    expect(tabOf(item('a', { status: 'SUBMITTED' }))).toBe('registrar');
    expect(tabOf(item('a', { status: 'REGISTERED' }))).toBe('registered');
    expect(tabOf(item('a', { status: 'ENFORCING' }))).toBe('default');
    expect(tabOf(item('a', { status: 'DEFAULTED' }))).toBe('default');
    for (const status of ['REFUSED', 'WITHDRAWN', 'DEREGISTERED', 'REVOKED', 'REALIZED']) {
      expect(tabOf(item('a', { status }))).toBe('closed');
    }
  });

  it('counts whole calendar days across month ends, leap days and a time of day', () => {
    expect(daysBetween('2026-11-21', '2026-11-28')).toBe(7);
    expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2);
    expect(daysBetween('2026-11-21', '2026-11-19')).toBe(-2);
    expect(daysBetween('2026-11-21', '2026-11-21T23:59:59Z')).toBe(0);
    expect(localToday(new Date(2026, 0, 5, 23, 30))).toBe('2026-01-05');
  });

  it('takes the examination due date while submitted, flagged overdue by the server or by the date', () => {
    const submitted = item('s', { status: 'SUBMITTED', examinationDueDate: '2026-11-24' });
    expect(deadlineOf(submitted, TODAY)).toEqual({
      label: 'Examination due',
      date: '2026-11-24',
      daysLeft: 3,
      overdue: false,
    });
    const late = deadlineOf({ ...submitted, examinationDueDate: '2026-11-18' }, TODAY)!;
    expect([late.overdue, daysLeftText(late)]).toEqual([true, '3 days overdue']);
    // The server counts working days and may call it overdue on the due date itself.
    const flagged = deadlineOf({ ...submitted, examinationDueDate: TODAY, overdue: true }, TODAY)!;
    expect(daysLeftText(flagged)).toBe('overdue, due today');
    expect(daysLeftText(deadlineOf({ ...submitted, examinationDueDate: '2026-11-22' }, TODAY)!)).toBe('1 day left');
    expect(deadlineOf(item('r', { status: 'REFUSED' }), TODAY)).toBeNull();
    expect(deadlineOf(item('d'), TODAY)?.label).toBe('Debt due');
  });

  it('sorts overdue first, then the nearest deadline, then the longest waiting', () => {
    const items = [
      item('far', { status: 'SUBMITTED', examinationDueDate: '2026-11-30' }),
      item('none-new', { status: 'REFUSED', updatedAt: '2026-11-10T00:00:00Z' }),
      item('near', { status: 'SUBMITTED', examinationDueDate: '2026-11-23' }),
      item('late', { status: 'SUBMITTED', examinationDueDate: '2026-11-25', overdue: true }),
      item('none-old', { status: 'WITHDRAWN', updatedAt: '2026-11-02T00:00:00Z' }),
    ];
    expect(sortByUrgency(items, TODAY).map((i) => i.id)).toEqual(['late', 'near', 'far', 'none-old', 'none-new']);
  });

  it('groups and sorts in one pass, with an empty list for each state without files', () => {
    const groups = groupByTab(
      [
        item('b', { status: 'SUBMITTED', examinationDueDate: '2026-11-26' }),
        item('a', { status: 'SUBMITTED', examinationDueDate: '2026-11-22' }),
        item('c'),
      ],
      TODAY,
    );
    expect(groups.registrar.map((i) => i.id)).toEqual(['a', 'b']);
    expect(groups.sign.map((i) => i.id)).toEqual(['c']);
    expect(groups.closed).toEqual([]);
  });
});
