import { parseDemoFaults, parseDemoOptions } from './demo-params';

describe('demo URL options', () => {
  test('the documented example sets every fault it names', () => {
    expect(parseDemoFaults('latency:800,write500,throttle:5,network,malformed')).toEqual({
      latencyMs: 800,
      writeStatus: 500,
      throttleRetryAfterSeconds: 5,
      networkError: 'all',
      malformedList: true,
    });
  });

  test.each([
    ['write503', { writeStatus: 503 }],
    ['network:writes', { networkError: 'writes' }],
    ['throttle', { throttleRetryAfterSeconds: 5 }],
    ['Strict-Reason, closed-frozen', { strictReason: true, closedFrozen: true }],
    ['none', {}],
    ['latency:soon,unknown', {}],
  ])('%s', (text, expected) => {
    expect(parseDemoFaults(text)).toEqual(expected);
  });

  test.each([
    ['?demo-size=250', { size: 250, seed: undefined, isReset: false, faults: undefined }],
    [
      '?demo-size=20001&demo-seed=7',
      { size: undefined, seed: 7, isReset: false, faults: undefined },
    ],
    [
      '?demo-size=0&demo-reset',
      { size: undefined, seed: undefined, isReset: true, faults: undefined },
    ],
    ['?demo-faults=', { size: undefined, seed: undefined, isReset: false, faults: {} }],
    ['', { size: undefined, seed: undefined, isReset: false, faults: undefined }],
  ])('%s', (search, expected) => {
    expect(parseDemoOptions(search)).toEqual(expected);
  });
});
