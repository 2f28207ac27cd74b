import { agencyOfHeading, isAgencyName } from './agency-name.util';

describe('agency names', () => {
  it('knows the names of bodies from sentences about work', () => {
    expect(isAgencyName('Sở Khoa học và Công nghệ')).toBe(true);
    expect(isAgencyName('Các sở, ban, ngành, UBND các xã, phường')).toBe(true);
    expect(isAgencyName('Công an tỉnh')).toBe(true);
    expect(isAgencyName('Phát triển hạ tầng số')).toBe(false);
  });

  it('takes a capitalised word of a name for a name, not a verb ("Sở Xây dựng"), but a lower-case verb for a sentence', () => {
    expect(isAgencyName('Sở Xây dựng')).toBe(true);
    expect(isAgencyName('Sở Nông nghiệp và Phát triển nông thôn')).toBe(true);
    expect(agencyOfHeading('Sở Xây dựng:')).toBe('Sở Xây dựng');
    expect(isAgencyName('Sở Tài chính xây dựng kế hoạch vốn')).toBe(false);
  });

  it('reads "Đề nghị <body>" heading the duties the plan asks of a body as that body', () => {
    expect(agencyOfHeading('Đề nghị Liên đoàn Lao động tỉnh')).toBe('Liên đoàn Lao động tỉnh');
    expect(agencyOfHeading('Đề nghị Viện kiểm sát nhân dân tỉnh, Tòa án nhân dân tỉnh')).toBe('Viện kiểm sát nhân dân tỉnh, Tòa án nhân dân tỉnh');
  });

  it('reads the agency a heading names, not a heading that is a sentence', () => {
    expect(agencyOfHeading('Sở Tài chính:')).toBe('Sở Tài chính');
    expect(agencyOfHeading('Sở Tài chính: chủ trì thẩm định.')).toBe('Sở Tài chính');
    expect(agencyOfHeading('Sở Tài chính theo dõi, tổng hợp, báo cáo.')).toBeNull();
  });

  it('reads "Đối với <body>" as that body, and "Đối với" / "Đối tượng" before anything else as no agency', () => {
    expect(agencyOfHeading('Đối với Ủy ban Mặt trận Tổ quốc tỉnh:')).toBe('Ủy ban Mặt trận Tổ quốc tỉnh');
    expect(agencyOfHeading('Đối với các sở, ban, ngành')).toBe('các sở, ban, ngành');
    expect(agencyOfHeading('Đối với vùng nuôi trồng thủy sản nước ngọt')).toBeNull();
    expect(agencyOfHeading('Đối tượng được cộng điểm khuyến khích')).toBeNull();
    expect(agencyOfHeading('ĐỐI TƯỢNG, NGUYÊN TẮC, HÌNH THỨC VÀ TIÊU CHUẨN KHEN THƯỞNG')).toBeNull();
    expect(agencyOfHeading('Đội Quản lý thị trường số 1')).toBe('Đội Quản lý thị trường số 1');
  });
});
