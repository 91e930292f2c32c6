import { describe, expect, it } from 'vitest';
import { mergedPeriods } from '../../../src/lib/site/merged-periods.ts';

describe('the search period manifests of parts, merged', () => {
  it('lists every period once, newest first, written as the first part wrote its own', () => {
    const merged = mergedPeriods([
      { file: 'a/periods.json', text: '["2018","2017","2016"]\n' },
      { file: 'b/periods.json', text: '["2023","2021","2019"]\n' },
      { file: 'c/periods.json', text: '["2021"]\n' },
    ]);
    expect(merged).toBe('["2023","2021","2019","2018","2017","2016"]\n');
  });

  it('orders quarters within years and keeps objects, their other fields and the indentation', () => {
    const a = '{\n  "version": 1,\n  "periods": [\n    {\n      "period": "2023-q1",\n      "pages": 4\n    }\n  ]\n}';
    const b = '{\n  "version": 1,\n  "periods": [\n    {\n      "period": "2023-q2",\n      "pages": 2\n    },\n    {\n      "period": "2022-q4",\n      "pages": 9\n    }\n  ]\n}';
    expect(JSON.parse(mergedPeriods([{ file: 'a', text: a }, { file: 'b', text: b }]))).toEqual({
      version: 1,
      periods: [
        { period: '2023-q2', pages: 2 },
        { period: '2023-q1', pages: 4 },
        { period: '2022-q4', pages: 9 },
      ],
    });
    expect(mergedPeriods([{ file: 'a', text: a }, { file: 'b', text: b }]).startsWith('{\n  "version": 1,\n  "periods": [\n    {\n      "period": "2023-q2"')).toBe(true);
  });

  it('refuses a period two parts describe differently, and manifests that differ in more than their periods', () => {
    expect(() =>
      mergedPeriods([
        { file: 'a/periods.json', text: '[{"period":"2021","pages":3}]' },
        { file: 'b/periods.json', text: '[{"period":"2021","pages":5}]' },
      ]),
    ).toThrow('The period 2021 is described differently in a/periods.json and b/periods.json');
    expect(() =>
      mergedPeriods([
        { file: 'a/periods.json', text: '{"version":1,"periods":["2021"]}' },
        { file: 'b/periods.json', text: '{"version":2,"periods":["2020"]}' },
      ]),
    ).toThrow('b/periods.json and a/periods.json differ in more than their periods');
    expect(() => mergedPeriods([{ file: 'a/periods.json', text: '{"pages":3}' }])).toThrow('a/periods.json holds neither a list of periods');
    expect(() => mergedPeriods([{ file: 'a/periods.json', text: '[3]' }])).toThrow('a/periods.json: a period entry 3 is neither a period name');
  });
});
