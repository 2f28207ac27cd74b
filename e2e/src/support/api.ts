import { APIRequestContext } from '@playwright/test';
import { DEMO_PASSWORD } from './screens';

/** Signs in through the API and returns headers for further set-up calls. */
export async function apiHeaders(request: APIRequestContext, username: string): Promise<Record<string, string>> {
  const response = await request.post('/api/auth/login', { data: { username, password: DEMO_PASSWORD } });
  if (!response.ok()) throw new Error(`login ${username} answered ${response.status()}`);
  const body = (await response.json()) as { accessToken: string };
  return { Authorization: `Bearer ${body.accessToken}` };
}
