/** The nth fetch call, failing the test clearly if there was none. */
export const fetchCall = (mock: jest.Mock<Promise<Response>, [string, RequestInit]>, which: number | ((call: [string, RequestInit]) => boolean)): [string, RequestInit] => {
  const call = typeof which === 'number' ? mock.mock.calls[which] : mock.mock.calls.find(which);
  if (!call) throw new Error(`expected a fetch call matching ${String(which)}`);
  return call;
};

/** A JSON answer as the API sends it, for a fetch mock (no body when `body` is undefined, as for a 204). */
export const jsonResponse = (status: number, body?: unknown): Response =>
  new Response(body === undefined ? null : JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
