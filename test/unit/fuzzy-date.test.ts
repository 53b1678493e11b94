import { copyDate, dateProperties, decodeDate, encodeDate } from '../../src/fuzzy-date';

describe('the fuzzy-date codec', () => {
  const lateIn2022 = {
    text: 'late 2022',
    earliest: '2022-09-01',
    latest: '2022-12-31',
    precision: 'YEAR_PART' as const,
  };

  it('when a date is encoded under a prefix, then decoding that prefix gives it back', () => {
    const stored = encodeDate('applies', lateIn2022);
    expect(stored).toEqual({
      appliesText: 'late 2022',
      appliesEarliest: '2022-09-01',
      appliesLatest: '2022-12-31',
      appliesPrecision: 'YEAR_PART',
    });
    expect(decodeDate(stored, 'applies')).toEqual(lateIn2022);
  });

  it('when there is no date, then all four properties are null and it decodes to null', () => {
    const stored = encodeDate('said', undefined);
    expect(Object.values(stored)).toEqual([null, null, null, null]);
    expect(decodeDate(stored, 'said')).toBeNull();
  });

  it('when a stored date is copied to another prefix, then every property is kept as it was, even without a precision', () => {
    const record = { previousAppliesText: 'spring', previousAppliesEarliest: undefined };
    expect(copyDate(record, 'previousApplies', 'applies')).toEqual({
      appliesText: 'spring',
      appliesEarliest: null,
      appliesLatest: null,
      appliesPrecision: null,
    });
    expect(copyDate(encodeDate('period', lateIn2022), 'period')).toEqual(
      encodeDate('period', lateIn2022),
    );
  });

  it('when the stored names of a prefix are asked for, then they are the four encodeDate writes, in the order of its values', () => {
    expect(dateProperties('published')).toEqual([
      'publishedText',
      'publishedEarliest',
      'publishedLatest',
      'publishedPrecision',
    ]);
    const stored = encodeDate('published', lateIn2022);
    expect(dateProperties('published').map((name) => stored[name])).toEqual(Object.values(stored));
  });
});
