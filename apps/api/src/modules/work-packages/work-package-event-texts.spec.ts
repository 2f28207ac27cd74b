import { PackageEventParams } from '@mandate/domain';
import { packageEventEmail, packageEventTitle, PackageEventText } from './work-package-event-texts';

const params: PackageEventParams = { package: '3.1. Giải ngân vốn đầu tư công', plan: '318/NQ-HĐND', actor: 'Chuyên viên Văn phòng UBND tỉnh', reason: null, dueDate: null };
const event = (over: Partial<Omit<PackageEventText, 'params'>> & { params?: Partial<PackageEventParams> }): PackageEventText => ({
  kind: 'package-approved',
  planFullName: '318/NQ-HĐND — Kế hoạch phát triển kinh tế - xã hội năm 2026',
  link: 'https://mandate.example/work-packages/wp-1',
  ...over,
  params: { ...params, ...over.params },
});

describe(packageEventTitle.name, () => {
  it('names who acted, the package and its plan', () => {
    expect(packageEventTitle('vi', event({}))).toBe('Chuyên viên Văn phòng UBND tỉnh đã duyệt hoàn thành: 3.1. Giải ngân vốn đầu tư công (318/NQ-HĐND)');
    expect(packageEventTitle('en', event({ params: { plan: null } }))).toBe('Chuyên viên Văn phòng UBND tỉnh approved as done: 3.1. Giải ngân vốn đầu tư công');
  });

  it('carries the reason of a return or a refusal, and the new date of a granted extension', () => {
    expect(packageEventTitle('vi', event({ kind: 'package-returned', params: { reason: 'Thiếu chứng từ' } }))).toMatch(/trả lại, chưa duyệt hoàn thành: .* \(318\/NQ-HĐND\) — Thiếu chứng từ$/);
    expect(packageEventTitle('vi', event({ kind: 'extension-refused', params: { reason: 'Đã gia hạn' } }))).toMatch(/không đồng ý gia hạn: .* — Đã gia hạn$/);
    expect(packageEventTitle('vi', event({ kind: 'extension-approved', params: { dueDate: '2027-03-31' } }))).toBe(
      'Chuyên viên Văn phòng UBND tỉnh đồng ý gia hạn đến 31/03/2027: 3.1. Giải ngân vốn đầu tư công (318/NQ-HĐND)',
    );
    // A comment or a completion report is told in the e-mail, not squeezed into the title.
    expect(packageEventTitle('vi', event({ kind: 'package-comment', params: { reason: 'Nội dung dài' } }))).not.toContain('Nội dung dài');
  });
});

describe(packageEventEmail.name, () => {
  it('greets the recipient and lists the package, the plan, who acted, the reason and the link, in Vietnamese', () => {
    const body = packageEventEmail('vi', 'Cán bộ Sở Tài chính', event({ kind: 'package-returned', params: { reason: 'Thiếu chứng từ' } }));
    expect(body.split('\n').slice(0, 9)).toEqual([
      'Kính gửi Cán bộ Sở Tài chính,',
      '',
      'Chuyên viên Văn phòng UBND tỉnh trả lại, chưa duyệt hoàn thành: 3.1. Giải ngân vốn đầu tư công (318/NQ-HĐND) — Thiếu chứng từ',
      '',
      'Nhiệm vụ: 3.1. Giải ngân vốn đầu tư công',
      'Kế hoạch: 318/NQ-HĐND — Kế hoạch phát triển kinh tế - xã hội năm 2026',
      'Người thực hiện: Chuyên viên Văn phòng UBND tỉnh',
      'Lý do trả lại: Thiếu chứng từ',
      'Xem chi tiết: https://mandate.example/work-packages/wp-1',
    ]);
  });

  it('writes an English recipient’s mail in English, with the new due date', () => {
    const body = packageEventEmail('en', 'Officer', event({ kind: 'extension-approved', planFullName: null, params: { dueDate: '2027-03-31', plan: null } }));
    expect(body).toContain('Dear Officer,');
    expect(body).toContain('New due date: 31/03/2027');
    expect(body).not.toContain('Plan:');
    expect(body).toContain('Open: https://mandate.example/work-packages/wp-1');
    expect(body).toContain('Sent automatically by the resolution tracking system (Mandate).');
  });
});
