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

/** The sample resolution (NQ 318/2025 of Quảng Ninh), as the import screen takes it. */
export const SAMPLE_PLAN_FILE = join(__dirname, '..', '..', '..', 'fixtures', 'plans', 'nq-318-2025-quang-ninh.txt');

/** One package the break-down proposes, as `POST /api/plans/:id/breakdown/preview` answers it. */
export interface ProposedPackage {
  title: string;
  sourceText: string;
  leadDepartmentId: string;
  [field: string]: unknown;
}

export interface SampleImportOptions {
  /** Which proposed packages to confirm: all of them when left out; `null` leaves the plan not broken down. */
  confirm?: ((proposal: ProposedPackage) => boolean) | null;
}

/** Imports the sample resolution as ubnd and confirms its break-down (all of it, or the proposals `confirm` keeps); returns the plan's id. */
export async function importSamplePlan(request: APIRequestContext, { confirm = () => true }: SampleImportOptions = {}): Promise<string> {
  const headers = await apiHeaders(request, 'ubnd');
  const plan = await request.post('/api/plans', { headers, data: { text: readFileSync(SAMPLE_PLAN_FILE, 'utf8') } });
  if (plan.status() !== 201) throw new Error(`importing the sample answered ${plan.status()}`);
  const planId = ((await plan.json()) as { id: string }).id;
  if (confirm === null) return planId;
  const preview = await request.post(`/api/plans/${planId}/breakdown/preview`, { headers });
  if (!preview.ok()) throw new Error(`previewing the break-down answered ${preview.status()}`);
  const packages = ((await preview.json()) as { packages: ProposedPackage[] }).packages.filter(confirm);
  if (packages.length === 0) throw new Error('no proposed package of the sample is to be confirmed');
  const confirmed = await request.post(`/api/plans/${planId}/breakdown`, { headers, data: { packages } });
  if (!confirmed.ok()) throw new Error(`confirming the break-down answered ${confirmed.status()}`);
  return planId;
}
