import { agencyOfHeading, isAgencyName } from './agency-name.util';

describe('agency names', () => {
  it('knows the names of bodies from sentences about work', () => {
    expect(isAgencyName('Sở Khoa học và Công nghệ')).toBe(true);
    expect(isAgencyName('Các sở, ban, ngành, UBND các xã, phường')).toBe(true);
    expect(isAgencyName('Công an tỉnh')).toBe(true);
    expect(isAgencyName('Phát triển hạ tầng số')).toBe(false);
  });

  it('reads the agency a heading names, not a heading that is a sentence', () => {
    expect(agencyOfHeading('Sở Tài chính:')).toBe('Sở Tài chính');
    expect(agencyOfHeading('Sở Tài chính: chủ trì thẩm định.')).toBe('Sở Tài chính');
    expect(agencyOfHeading('Sở Tài chính theo dõi, tổng hợp, báo cáo.')).toBeNull();
  });
});
