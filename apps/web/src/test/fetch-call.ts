/** The nth fetch call, failing the test clearly if there was none. */
export const fetchCall = (mock: jest.Mock<Promise<Response>, [string, RequestInit]>, which: number | ((call: [string, RequestInit]) => boolean)): [string, RequestInit] => {
  const call = typeof which === 'number' ? mock.mock.calls[which] : mock.mock.calls.find(which);
  if (!call) throw new Error(`expected a fetch call matching ${String(which)}`);
  return call;
};
