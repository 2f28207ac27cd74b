import { formatDateVi, formatLabelledTarget, INDICATOR_GROUP_LABELS, MEASUREMENT_KIND_LABELS, TARGET_STATUS_LABELS } from '@mandate/domain';
import { seedSampleDisbursement } from '../src/seed/sample-disbursement.seed';
import { createTestApp, TestApp } from './support/test-app';
import { binary, readWorkbook, rowValues } from './support/workbook';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('indicators and disbursement tables as Excel sheets', () => {
  let t: TestApp;
  let ubnd: string;
  let hdnd: string;
  let planId: string;
  let number: string;

  const download = (path: string, token: string, query: Json = {}) => t.http().get(path).query(query).set('Authorization', `Bearer ${token}`).buffer(true).parse(binary);
  const sheetOf = async (body: Buffer, name: string) => {
    const sheet = (await readWorkbook(body)).getWorksheet(name);
    if (!sheet) throw new Error(`no sheet ${name}`);
    return sheet;
  };

  beforeAll(async () => {
    t = await createTestApp();
    ubnd = await t.tokenOf('ubnd');
    hdnd = await t.tokenOf('hdnd');
    number = `TABLES-${Date.now()}/NQ-HĐND`;
    [{ id: planId }] = await t.dataSource.query(`INSERT INTO plans (number, kind, title, plan_year, source_text, parse) VALUES ($1, 'nghi-quyet', 'Kế hoạch kiểm thử bảng chỉ tiêu', 2026, 'x', '{}') RETURNING id`, [number]);
    const indicators: { id: string; code: string }[] = await t.dataSource.query(
      `INSERT INTO plan_indicators (plan_id, code, "group", name, text, position) VALUES
         ($1, '1', 'economy', 'Thu ngân sách nhà nước', 'Thu ngân sách trên 74.000 tỷ đồng', 0),
         ($1, '2', 'environment', 'Tỷ lệ che phủ rừng', 'Che phủ rừng 46%', 1),
         ($1, '3', 'society', 'Xây dựng xã hội học tập', 'Định tính', 2)
       RETURNING id, code`,
      [planId],
    );
    const id = (code: string) => indicators.find((i) => i.code === code)?.id;
    await t.dataSource.query(
      `INSERT INTO indicator_targets (indicator_id, position, comparator, value, max, unit, label) VALUES
         ($1, 0, 'gt', 74000, NULL, 'tỷ đồng', NULL),
         ($2, 0, 'gte', 46, NULL, '%', NULL),
         ($3, 0, 'qualitative', NULL, NULL, NULL, NULL)`,
      [id('1'), id('2'), id('3')],
    );
    const [revenueTarget] = await t.dataSource.query(`SELECT id FROM indicator_targets WHERE indicator_id = $1`, [id('1')]);
    await t.http().post(`/api/indicators/${id('1')}/measurements`).set('Authorization', `Bearer ${ubnd}`)
      .send({ period: '2026-Q2', kind: 'estimate', values: [{ targetId: revenueTarget.id, value: 35000 }], source: 'Sở Tài chính' }).expect(201);
    expect(await seedSampleDisbursement(t.dataSource, number, new Date('2026-08-15T03:00:00Z'))).toEqual({ projectsCreated: 12 });
  });
  afterAll(() => t.close());

  it('writes the indicators table with the API’s targets, latest figures, % of target and statuses', async () => {
    // As of today: a figure counts from the day it was entered.
    const list = (await t.http().get(`/api/plans/${planId}/indicators`).set('Authorization', `Bearer ${hdnd}`).expect(200)).body;
    const res = await download(`/api/plans/${planId}/indicators.xlsx`, hdnd).expect(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(res.headers['content-disposition']).toContain(`chi-tieu-tables-`);
    const sheet = await sheetOf(res.body as Buffer, 'Chỉ tiêu');

    expect(sheet.getCell('A1').value).toBe('TÌNH HÌNH THỰC HIỆN CÁC CHỈ TIÊU CHỦ YẾU');
    expect(sheet.getCell('A2').value).toBe(`${number} — Kế hoạch kiểm thử bảng chỉ tiêu`);
    expect(sheet.getCell('A3').value).toBe(`Số liệu tính đến ngày ${formatDateVi(list.asOf)}`);
    expect(rowValues(sheet, 4, 9)).toEqual(['STT', 'Chỉ tiêu', 'Mục tiêu năm', 'Số liệu mới nhất', 'Số liệu mới nhất', 'Số liệu mới nhất', 'Số liệu mới nhất', '% so với mục tiêu', 'Tình trạng']);
    expect(rowValues(sheet, 5, 9).slice(3, 7)).toEqual(['Số liệu', 'Đơn vị tính', 'Kỳ', 'Loại số liệu']);
    const merges = (sheet.model as unknown as { merges: string[] }).merges;
    expect(merges).toEqual(expect.arrayContaining(['A1:I1', 'A4:A5', 'B4:B5', 'C4:C5', 'D4:G4', 'H4:H5', 'I4:I5']));
    for (const cell of ['A4', 'D4', 'D5', 'I4']) expect(sheet.getCell(cell).font?.bold).toBe(true);
    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, printTitlesRow: '4:5' });
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 5 });

    // Groups in the page's order, each indicator's targets under its group, the figures as the API gives them.
    const revenue = list.items.find((i: Json) => i.code === '1');
    expect(revenue.targets[0]).toMatchObject({ status: expect.any(String), latest: { period: '2026-Q2', kind: 'estimate', value: 35000 }, percentOfTarget: 47.3 });
    const expected: unknown[][] = [];
    for (const group of ['economy', 'society', 'environment'] as const) {
      expected.push(Array(9).fill(INDICATOR_GROUP_LABELS[group].vi));
      for (const indicator of list.items.filter((i: Json) => i.group === group)) {
        for (const target of indicator.targets) {
          expected.push([
            indicator.code,
            indicator.name,
            formatLabelledTarget(target),
            target.latest?.value ?? null,
            target.latest ? target.unit : null,
            target.latest ? 'Quý II/2026' : null,
            target.latest ? MEASUREMENT_KIND_LABELS.estimate.vi : null,
            target.percentOfTarget === null ? null : target.percentOfTarget / 100,
            TARGET_STATUS_LABELS[target.status as keyof typeof TARGET_STATUS_LABELS].vi,
          ]);
        }
      }
    }
    expect(expected).toHaveLength(6);
    expect(Array.from({ length: expected.length }, (_, i) => rowValues(sheet, 6 + i, 9))).toEqual(expected);
    expect(sheet.getCell('C7').value).toBe('> 74.000 tỷ đồng');
    expect(sheet.getCell('H7').numFmt).toBe('0.0%');
    expect(sheet.getCell('D7').numFmt).toBe('#,##0.0');
    expect(merges).toEqual(expect.arrayContaining(['A6:I6', 'A8:I8', 'A10:I10']));
  });

  it('writes the disbursement table with the API’s projects, investors, amounts, rates and below-curve flags', async () => {
    const [overview, departments] = await Promise.all([
      t.http().get(`/api/plans/${planId}/disbursement`).set('Authorization', `Bearer ${hdnd}`).expect(200),
      t.http().get('/api/departments').query({ includeInactive: true }).set('Authorization', `Bearer ${hdnd}`).expect(200),
    ]).then(([o, d]) => [o.body, d.body]);
    const names = new Map(departments.items.map((d: Json) => [d.id, d.name]));
    const res = await download(`/api/plans/${planId}/disbursement.xlsx`, hdnd).expect(200);
    expect(res.headers['content-disposition']).toContain(`giai-ngan-tables-`);
    const sheet = await sheetOf(res.body as Buffer, 'Giải ngân');

    expect(sheet.getCell('A1').value).toBe('TÌNH HÌNH GIẢI NGÂN KẾ HOẠCH VỐN ĐẦU TƯ CÔNG');
    expect(sheet.getCell('A3').value).toBe('Số liệu lũy kế đến hết tháng 7/2026; mục tiêu giải ngân 100% đến ngày 31/12/2026');
    expect(rowValues(sheet, 4, 10)).toEqual(['STT', 'Mã dự án', 'Tên dự án', 'Chủ đầu tư', 'Nguồn vốn', 'Kế hoạch vốn (đồng)', 'Lũy kế giải ngân (đồng)', 'Tỷ lệ giải ngân', 'Tỷ lệ giải ngân', 'Dưới đường mục tiêu']);
    expect(rowValues(sheet, 5, 10).slice(7, 9)).toEqual(['Thực hiện', 'Mục tiêu']);
    const merges = (sheet.model as unknown as { merges: string[] }).merges;
    expect(merges).toEqual(expect.arrayContaining(['A1:J1', 'H4:I4', 'F4:F5', 'J4:J5']));
    expect(sheet.pageSetup).toMatchObject({ orientation: 'landscape', printTitlesRow: '4:5' });

    expect(overview.projects).toHaveLength(12);
    expect(overview.projects.some((p: Json) => p.belowCurve)).toBe(true);
    overview.projects.forEach((p: Json, i: number) => {
      const n = 6 + i;
      expect({ n, values: rowValues(sheet, n, 10) }).toEqual({
        n,
        values: [i + 1, p.code, p.name, names.get(p.investorDepartmentId), p.capitalSource, p.allocated, p.disbursed, p.rate / 100, p.targetRate / 100, p.belowCurve ? 'Chậm' : null],
      });
    });
    const total = 6 + overview.projects.length;
    expect(rowValues(sheet, total, 10)).toEqual([null, null, 'Tổng cộng: 12 dự án', null, null, overview.allocated, overview.disbursed, overview.rate / 100, overview.targetRate / 100, null]);
    expect(sheet.getCell(`F${total}`).font?.bold).toBe(true);
    expect(sheet.getCell('F6').numFmt).toBe('#,##0');
    expect(sheet.getCell('H6').numFmt).toBe('0.0%');

    // The month asked for judges the projects then.
    const june = await download(`/api/plans/${planId}/disbursement.xlsx`, hdnd, { asOf: '2026-06' }).expect(200);
    expect((await sheetOf(june.body as Buffer, 'Giải ngân')).getCell('A3').value).toBe('Số liệu lũy kế đến hết tháng 6/2026; mục tiêu giải ngân 100% đến ngày 31/12/2026');
  });

  it('refuses bad input and unknown plans in the contract’s format, and needs a session', async () => {
    const bad = await t.http().get(`/api/plans/${planId}/disbursement.xlsx`).query({ asOf: '2026-13' }).set('Authorization', `Bearer ${ubnd}`).expect(400);
    expect(bad.body).toMatchObject({ code: 'VALIDATION_FAILED', details: [{ field: 'asOf', message: expect.any(String) }] });
    for (const path of ['indicators.xlsx', 'disbursement.xlsx']) {
      await t.http().get(`/api/plans/00000000-0000-4000-8000-000000000000/${path}`).set('Authorization', `Bearer ${ubnd}`).expect(404);
      await t.http().get(`/api/plans/${planId}/${path}`).expect(401);
    }
    await t.http().get(`/api/plans/not-a-uuid/indicators.xlsx`).set('Authorization', `Bearer ${ubnd}`).expect(400);
    // A department reads both tables too (every role reads indicators and disbursement).
    await download(`/api/plans/${planId}/indicators.xlsx`, await t.tokenOf('so-tai-chinh')).expect(200);
    // Before anything was entered, the sheet says so: no figure, no share of the target.
    const early = await sheetOf((await download(`/api/plans/${planId}/indicators.xlsx`, hdnd, { asOf: '2026-01-15' }).expect(200)).body as Buffer, 'Chỉ tiêu');
    expect(early.getCell('A3').value).toBe('Số liệu tính đến ngày 15/01/2026');
    expect(rowValues(early, 7, 9).slice(3)).toEqual([null, null, null, null, null, TARGET_STATUS_LABELS.no_data.vi]);
  });
});
