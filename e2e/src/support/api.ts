import { APIRequestContext } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEMO_PASSWORD } from './screens';

/** Signs in through the API and returns headers for further set-up calls. */
export async function apiHeaders(request: APIRequestContext, username: string): Promise<Record<string, string>> {
  const response = await request.post('/api/auth/login', { data: { username, password: DEMO_PASSWORD } });
  if (!response.ok()) throw new Error(`login ${username} answered ${response.status()}`);
  const body = (await response.json()) as { accessToken: string };
  return { Authorization: `Bearer ${body.accessToken}` };
}

const SAMPLE = join(__dirname, '..', '..', '..', 'fixtures', 'plans', 'nq-318-2025-quang-ninh.txt');

/** Imports and breaks down the whole sample resolution as ubnd; returns the plan's id. */
export async function importSamplePlan(request: APIRequestContext): Promise<string> {
  const headers = await apiHeaders(request, 'ubnd');
  const plan = await request.post('/api/plans', { headers, data: { text: readFileSync(SAMPLE, 'utf8') } });
  if (plan.status() !== 201) throw new Error(`importing the sample answered ${plan.status()}`);
  const planId = ((await plan.json()) as { id: string }).id;
  const preview = await request.post(`/api/plans/${planId}/breakdown/preview`, { headers });
  const { packages } = (await preview.json()) as { packages: unknown[] };
  const confirmed = await request.post(`/api/plans/${planId}/breakdown`, { headers, data: { packages } });
  if (!confirmed.ok()) throw new Error(`confirming the break-down answered ${confirmed.status()}`);
  return planId;
}
