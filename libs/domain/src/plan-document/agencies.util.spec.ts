import { joinAgencyLines, splitAgencies, splitAgencyCell } from './agencies.util';

describe('splitAgencies', () => {
  it('splits on semicolons and on commas that open a new agency, keeping collectives whole', () => {
    expect(splitAgencies('Sở Tài chính, Sở Khoa học và Công nghệ, các sở, ngành, UBND xã, phường, đặc khu')).toEqual([
      'Sở Tài chính',
      'Sở Khoa học và Công nghệ',
      'các sở, ngành',
      'UBND xã, phường, đặc khu',
    ]);
    expect(splitAgencies('Bộ Khoa học và Công nghệ; các bộ, ngành liên quan')).toEqual(['Bộ Khoa học và Công nghệ', 'các bộ, ngành liên quan']);
    expect(splitAgencies('Các bộ, ngành, địa phương')).toEqual(['Các bộ, ngành, địa phương']);
    expect(splitAgencies('Các sở, ban, ngành; Bộ Văn hóa, Thể thao và Du lịch')).toEqual(['Các sở, ban, ngành', 'Bộ Văn hóa, Thể thao và Du lịch']);
  });

  it('drops what the agency does after its name', () => {
    expect(splitAgencies('Sở KH&CN chủ trì hướng dẫn, tổng hợp; Các sở, ngành, UBND cấp xã thực hiện công bố dữ liệu.')).toEqual([
      'Sở KH&CN',
      'Các sở, ngành',
      'UBND cấp xã',
    ]);
    expect(splitAgencies('Sở Khoa học và Công nghệ thúc đẩy, theo dõi, báo cáo chỉ tiêu')).toEqual(['Sở Khoa học và Công nghệ']);
    expect(splitAgencies('Ủy ban nhân dân xã, phường, đặc khu chủ động bố trí kinh phí')).toEqual(['Ủy ban nhân dân xã, phường, đặc khu']);
    expect(splitAgencies('Ngân hàng Nhà nước Việt Nam lựa chọn tối đa 05 ngân hàng')).toEqual(['Ngân hàng Nhà nước Việt Nam']);
    expect(splitAgencies('Ủy ban nhân dân các tỉnh trên cơ sở đề xuất kinh phí của các bộ')).toEqual(['Ủy ban nhân dân các tỉnh']);
  });

  it('after what an agency does, "và các …" names no agency ("tổ chức triển khai Luật và các văn bản …")', () => {
    expect(
      splitAgencies('Sở Tư pháp, Đài Phát thanh và Truyền hình Thành phố và Ủy ban nhân dân xã, phường chủ động tổ chức triển khai Luật Việc làm và các văn bản thi hành Luật'),
    ).toEqual(['Sở Tư pháp', 'Đài Phát thanh và Truyền hình Thành phố', 'Ủy ban nhân dân xã, phường']);
    expect(splitAgencies('Ủy ban nhân dân các xã, phường tiếp tục rà soát')).toEqual(['Ủy ban nhân dân các xã, phường']);
    expect(splitAgencies('Sở Nội vụ chủ trì và các sở, ngành liên quan')).toEqual(['Sở Nội vụ', 'các sở, ngành liên quan']);
  });

  it('ends a name at "với" before what is not an agency', () => {
    expect(splitAgencies('Bộ Khoa học và Công nghệ với các tiêu chuẩn, quy chuẩn')).toEqual(['Bộ Khoa học và Công nghệ']);
  });

  it('splits "và" only before a capitalised agency', () => {
    expect(splitAgencies('Sở Tài chính và Sở Nội vụ')).toEqual(['Sở Tài chính', 'Sở Nội vụ']);
    expect(splitAgencies('Bộ Nông nghiệp và Môi trường')).toEqual(['Bộ Nông nghiệp và Môi trường']);
    expect(splitAgencies('Bộ Nội vụ và các bộ, ngành khác có liên quan')).toEqual(['Bộ Nội vụ', 'các bộ, ngành khác có liên quan']);
  });
});

describe('joinAgencyLines', () => {
  it('separates two agencies printed on two lines of one cell, and rejoins a wrapped name', () => {
    expect(joinAgencyLines(['Các sở, ngành, UBND xã, phường, đặc khu', 'Sở Tài chính'])).toBe('Các sở, ngành, UBND xã, phường, đặc khu; Sở Tài chính');
    expect(joinAgencyLines(['Bộ Khoa học và', 'Công nghệ'])).toBe('Bộ Khoa học và Công nghệ');
    expect(joinAgencyLines(['Các bộ, ngành liên', 'quan'])).toBe('Các bộ, ngành liên quan');
    expect(joinAgencyLines(['BỘ NÔNG NGHIỆP VÀ MÔI', 'TRƯỜNG'])).toBe('BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG');
  });
});

describe('splitAgencyCell', () => {
  it('separates a second "Sở" or "Bộ" that a wrapped cell runs on without a separator', () => {
    expect(splitAgencyCell('Sở Khoa học và Công nghệ Sở Công Thương; UBND các phường, xã')).toEqual(['Sở Khoa học và Công nghệ', 'Sở Công Thương', 'UBND các phường, xã']);
    expect(splitAgencyCell('Bộ Tài chính Bộ Nội vụ')).toEqual(['Bộ Tài chính', 'Bộ Nội vụ']);
  });

  it('keeps a name whose "Sở" or "Bộ" is tied to the words before it', () => {
    expect(splitAgencyCell('Giám đốc Sở Tài chính')).toEqual(['Giám đốc Sở Tài chính']);
    expect(splitAgencyCell('Cục Thuế trực thuộc Bộ Tài chính')).toEqual(['Cục Thuế trực thuộc Bộ Tài chính']);
    expect(splitAgencyCell('Các phòng thuộc Sở Y tế')).toEqual(['Các phòng thuộc Sở Y tế']);
    expect(splitAgencyCell('Sở Nông nghiệp và Môi trường')).toEqual(['Sở Nông nghiệp và Môi trường']);
  });
});
