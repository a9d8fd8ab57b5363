import { expect } from '@open-wc/testing';
import {
  formatDays,
  formatIntervals,
  groupOpeningHours,
  readOpeningHoursText,
  readTime,
  readWeekday,
  type OpeningHoursRule,
} from '../../src/core/opening-hours.js';

const weekdays = [0, 1, 2, 3, 4] as const;
const nineToFive = { opens: '09:00', closes: '17:00' };

const text = (rules: OpeningHoursRule[], locale: string) =>
  groupOpeningHours(rules).map(
    (row) => `${formatDays(row, locale)} ${row.intervals.length ? formatIntervals(row.intervals) : 'closed'}`,
  );

describe('opening hours', () => {
  it('reads schema.org days in every written form', () => {
    expect(readWeekday('Monday')).to.equal(0);
    expect(readWeekday('https://schema.org/Friday')).to.equal(4);
    expect(readWeekday('http://schema.org/Sunday')).to.equal(6);
    expect(readWeekday('schema:Saturday')).to.equal(5);
    expect(readWeekday('Tu')).to.equal(1);
    expect(readWeekday('PublicHolidays')).to.equal(undefined);
    expect(readWeekday('Mondayy')).to.equal(undefined);
  });

  it('reads times with or without seconds', () => {
    expect(readTime('09:00')).to.equal('09:00');
    expect(readTime('9:00')).to.equal('09:00');
    expect(readTime('09:00:00')).to.equal('09:00');
    expect(readTime('17:30:00+01:00')).to.equal('17:30');
    for (const bad of ['9', '9am', '25:00', '09:60', '']) expect(readTime(bad), bad).to.equal(undefined);
  });

  it('groups consecutive days with equal hours', () => {
    const rules: OpeningHoursRule[] = [
      { days: [...weekdays], interval: nineToFive },
      { days: [5], interval: { opens: '09:00', closes: '13:00' } },
    ];
    expect(text(rules, 'en')).to.deep.equal(['Mon–Fri 09:00–17:00', 'Sat 09:00–13:00']);
    expect(text(rules, 'sr-Cyrl')).to.deep.equal(['пон–пет 09:00–17:00', 'суб 09:00–13:00']);
    expect(text(rules, 'sr-Latn')).to.deep.equal(['pon–pet 09:00–17:00', 'sub 09:00–13:00']);
  });

  it('groups days given one rule each, in any order, and splits at a gap or a change', () => {
    const rules: OpeningHoursRule[] = [4, 0, 2, 1].map((day) => ({ days: [day as 0], interval: nineToFive }));
    rules.push({ days: [3], interval: { opens: '09:00', closes: '19:00' } });
    expect(text(rules, 'en')).to.deep.equal(['Mon–Wed 09:00–17:00', 'Thu 09:00–19:00', 'Fri 09:00–17:00']);
    expect(text([{ days: [0, 1, 3, 4], interval: nineToFive }], 'en')).to.deep.equal([
      'Mon–Tue 09:00–17:00',
      'Thu–Fri 09:00–17:00',
    ]);
  });

  it('joins a day with a break into one row', () => {
    const rules: OpeningHoursRule[] = [
      { days: [...weekdays], interval: { opens: '13:00', closes: '16:00' } },
      { days: [...weekdays], interval: { opens: '08:00', closes: '12:00' } },
    ];
    expect(text(rules, 'en')).to.deep.equal(['Mon–Fri 08:00–12:00, 13:00–16:00']);
  });

  it('shows days marked closed, and leaves out days nobody mentions', () => {
    const rules: OpeningHoursRule[] = [{ days: [...weekdays], interval: nineToFive }, { days: [5, 6] }];
    expect(text(rules, 'en')).to.deep.equal(['Mon–Fri 09:00–17:00', 'Sat–Sun closed']);
    expect(text([{ days: [6], interval: { opens: '00:00', closes: '00:00' } }], 'en')).to.deep.equal(['Sun closed']);
    expect(groupOpeningHours([])).to.deep.equal([]);
  });

  it('lets hours win over a closed mark for the same day', () => {
    expect(text([{ days: [0] }, { days: [0], interval: nineToFive }], 'en')).to.deep.equal(['Mon 09:00–17:00']);
  });

  it('names the full days for an expansion', () => {
    expect(formatDays({ from: 0, to: 4 }, 'en', 'long')).to.equal('Monday–Friday');
    expect(formatDays({ from: 0, to: 4 }, 'sr-Cyrl', 'long')).to.equal('понедељак–петак');
  });

  it('reads the text form of openingHours', () => {
    expect(readOpeningHoursText('Mo-Fr 09:00-17:00')).to.deep.equal([{ days: [0, 1, 2, 3, 4], interval: nineToFive }]);
    expect(readOpeningHoursText('Mo,We 08:00-12:00 13:00-16:00')).to.deep.equal([
      { days: [0, 2], interval: { opens: '08:00', closes: '12:00' } },
      { days: [0, 2], interval: { opens: '13:00', closes: '16:00' } },
    ]);
    expect(readOpeningHoursText('Sa-Mo 10:00-14:00')?.[0].days).to.deep.equal([5, 6, 0]);
    for (const bad of ['Mon-Fri 9-5', 'Xx 09:00-17:00', 'Mo-Fr', 'always open'])
      expect(readOpeningHoursText(bad), bad).to.equal(undefined);
  });
});
