import { APIRequestContext, expect } from '@playwright/test';
import { apiHeaders, importSamplePlan } from './api';

export interface SamplePages {
  planId: string;
  packageId: string;
  indicatorId: string;
  supervisionRequestId: string;
}

/** The sample plan broken down, plus one HĐND supervision request on one of its packages: a record behind every kind of page. */
export async function sampleWithSupervision(request: APIRequestContext): Promise<SamplePages> {
  const planId = await importSamplePlan(request);
  const headers = await apiHeaders(request, 'ubnd');
  const listed = (await (await request.get(`/api/work-packages?planId=${planId}&limit=5`, { headers })).json()) as { items: { id: string }[] };
  const indicators = (await (await request.get(`/api/plans/${planId}/indicators`, { headers })).json()) as { items: { id: string }[] };
  const packageId = listed.items[0].id;
  const raised = await request.post('/api/supervision-requests', {
    headers: await apiHeaders(request, 'hdnd'),
    data: { kind: 'kien_nghi', subject: { type: 'work_package', id: packageId }, addresseeDepartmentId: null, content: 'Đề nghị báo cáo tiến độ thực hiện nhiệm vụ này.' },
  });
  expect(raised.status()).toBe(201);
  return { planId, packageId, indicatorId: indicators.items[0].id, supervisionRequestId: ((await raised.json()) as { id: string }).id };
}
