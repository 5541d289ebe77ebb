import { daysBetween, dueWording, examinationOrder, registryToday } from '@web/pages/registrar/queue';

describe('examination queue', () => {
  it("counts today in the registry's time zone (UTC+8)", () => {
    expect(registryToday(new Date('2026-11-21T15:59:59Z'))).toBe('2026-11-21');
    expect(registryToday(new Date('2026-11-21T16:00:00Z'))).toBe('2026-11-22');
  });

  it('counts whole calendar days across month and year ends', () => {
    expect(daysBetween('2026-11-21', '2026-11-24')).toBe(3);
    expect(daysBetween('2026-12-30', '2027-01-02')).toBe(3);
    expect(daysBetween('2026-11-24', '2026-11-21')).toBe(-3);
    expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2);
  });

  it.each([
    ['2026-11-18', false, '3 days overdue', 'overdue'],
    ['2026-11-20', false, '1 day overdue', 'overdue'],
    // The server says overdue (its day may already have turned): never "Due today".
    ['2026-11-21', true, '1 day overdue', 'overdue'],
    ['2026-11-21', false, 'Due today', 'today'],
    ['2026-11-22', false, 'Due tomorrow', 'soon'],
    ['2026-11-23', false, '2 days left', 'soon'],
    ['2026-11-26', false, '5 days left', 'later'],
  ] as const)('due %s (overdue %s) reads "%s"', (due, overdue, text, tone) => {
    expect(dueWording(due, overdue, '2026-11-21')).toEqual({ text, tone });
  });

  it('says so when there is no deadline', () => {
    expect(dueWording(null, false, '2026-11-21').text).toBe('No deadline set');
  });

  it('puts overdue files first, then the rest by deadline, each once', () => {
    const file = (id: string, due: string | null, overdue = false, submittedAt = '2026-11-01T00:00:00Z') => ({
      id,
      overdue,
      examinationDueDate: due,
      submittedAt,
    });
    const overdueList = [file('late-2', '2026-11-19', true), file('late-1', '2026-11-10', true)];
    const awaiting = [
      file('soon', '2026-11-23'),
      file('late-2', '2026-11-19', true),
      file('none', null),
      file('today-b', '2026-11-21', false, '2026-11-18T09:00:00Z'),
      file('today-a', '2026-11-21', false, '2026-11-18T08:00:00Z'),
    ];
    expect(examinationOrder(overdueList, awaiting).map((f) => f.id)).toEqual([
      'late-1',
      'late-2',
      'today-a',
      'today-b',
      'soon',
      'none',
    ]);
  });
});
