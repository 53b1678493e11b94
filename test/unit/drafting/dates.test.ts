import type { FuzzyDate } from '../../../src/bundle/schema';
import { findDates, parseDate } from '../../../src/drafting/dates';

const only = (text: string, published?: FuzzyDate) => {
  const found = findDates(text, { published });
  expect(found).toHaveLength(1);
  return found[0];
};

describe('findDates', () => {
  it('when a part of a year is written, then it is YEAR_PART with early January–April and late September–December', () => {
    expect(only('contact since early 2021 was rare').date).toEqual({
      text: 'early 2021',
      earliest: '2021-01-01',
      latest: '2021-04-30',
      precision: 'YEAR_PART',
    });
    expect(only('contact since late 2022, officials said').date).toEqual({
      text: 'late 2022',
      earliest: '2022-09-01',
      latest: '2022-12-31',
      precision: 'YEAR_PART',
    });
    expect(only('by mid-2020 it had grown').date).toMatchObject({
      earliest: '2020-05-01',
      latest: '2020-08-31',
      precision: 'YEAR_PART',
    });
  });

  it('when a month and year are written after "in", then the date is the month without the preposition', () => {
    const may = only('answer for it in May 2022.');
    expect(may.text).toBe('May 2022');
    expect(may.date).toEqual({
      text: 'May 2022',
      earliest: '2022-05-01',
      latest: '2022-05-31',
      precision: 'MONTH',
    });
    expect(only('In September 2023, CNN reported').date).toMatchObject({
      earliest: '2023-09-01',
      latest: '2023-09-30',
      precision: 'MONTH',
    });
    expect(only('in February 2024').date.latest).toBe('2024-02-29');
  });

  it('when a full date is written, then it is DAY precision in any of the usual orders', () => {
    expect(only('TROMSØ, 14 May 2025 — ').date).toEqual({
      text: '14 May 2025',
      earliest: '2025-05-14',
      latest: '2025-05-14',
      precision: 'DAY',
    });
    expect(only('on March 3, 2024, she said').date).toMatchObject({
      earliest: '2024-03-03',
      precision: 'DAY',
    });
    expect(only('filed 2023-11-30.').date).toMatchObject({
      earliest: '2023-11-30',
      precision: 'DAY',
    });
  });

  it('when a month has no year ("that October"), then it takes the year of the nearest date before it and says so', () => {
    const found = findDates('The attack failed in September 2022. They hit the port that October.');
    expect(found.map((d) => d.text)).toEqual(['September 2022', 'that October']);
    expect(found[1].date).toEqual({
      text: 'that October',
      earliest: '2022-10-01',
      latest: '2022-10-31',
      precision: 'MONTH',
    });
    expect(found[1].relativeTo).toContain('September 2022');
  });

  it('when a month has no year and none is written before it, then it is UNKNOWN unless the publication date gives one', () => {
    expect(only('He visited in March.').date).toEqual({ text: 'March', precision: 'UNKNOWN' });
    const dated = only('He visited in March.', {
      precision: 'DAY',
      earliest: '2025-05-14',
      latest: '2025-05-14',
    });
    expect(dated.date).toMatchObject({
      earliest: '2025-03-01',
      latest: '2025-03-31',
      precision: 'MONTH',
    });
    expect(dated.relativeTo).toContain('publication date');
  });

  it('when a weekday is written in a dated article, then it is the latest such day on or before publication', () => {
    const published = { precision: 'DAY' as const, earliest: '2025-05-14', latest: '2025-05-14' };
    expect(only('reported on Tuesday', published).date).toMatchObject({
      earliest: '2025-05-13',
      latest: '2025-05-13',
      precision: 'DAY',
    });
    expect(only('rejected it on Wednesday', published).date).toMatchObject({
      earliest: '2025-05-14',
      precision: 'DAY',
    });
  });

  it('when "may" is a verb or a number is not a year, then no date is found', () => {
    expect(findDates('It may rain. About 70 kilometers away, 2,000 people may leave.')).toEqual([]);
  });

  it('when a span is excluded, then dates inside it are not found', () => {
    const text = 'Advertisement for May 2022 sale\nIn June 2022 it rained.';
    expect(findDates(text, { exclude: [{ start: 0, end: 31 }] }).map((d) => d.text)).toEqual([
      'June 2022',
    ]);
  });
});

describe('parseDate', () => {
  it('when a command-line date is ISO or written out, then it becomes a FuzzyDate; otherwise undefined', () => {
    expect(parseDate('2025-05-14')).toEqual({
      precision: 'DAY',
      earliest: '2025-05-14',
      latest: '2025-05-14',
    });
    expect(parseDate('2025-05')).toEqual({
      precision: 'MONTH',
      earliest: '2025-05-01',
      latest: '2025-05-31',
    });
    expect(parseDate('2025')).toEqual({
      precision: 'YEAR',
      earliest: '2025-01-01',
      latest: '2025-12-31',
    });
    expect(parseDate('14 May 2025')).toMatchObject({ precision: 'DAY', earliest: '2025-05-14' });
    expect(parseDate('soon')).toBeUndefined();
    expect(parseDate('2025-02-30')).toBeUndefined();
  });
});
