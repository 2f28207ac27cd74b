/** The nth fetch call, failing the test clearly if there was none. */
export const fetchCall = (mock: jest.Mock<Promise<Response>, [string, RequestInit]>, which: number | ((call: [string, RequestInit]) => boolean)): [string, RequestInit] => {
  const call = typeof which === 'number' ? mock.mock.calls[which] : mock.mock.calls.find(which);
  if (!call) throw new Error(`expected a fetch call matching ${String(which)}`);
  return call;
};

/** A JSON answer as the API sends it, for a fetch mock. */
export const jsonResponse = (status: number, body: unknown): Response => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
