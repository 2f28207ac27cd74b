import { agencyKey } from './agency-name.util';
import { agencyGroupOf, CatalogueDepartment, matchAgency } from './match-agency';

const CATALOGUE: CatalogueDepartment[] = [
  { id: 'vp', code: 'VP-UBND', name: 'Văn phòng UBND tỉnh' },
  { id: 'stc', code: 'STC', name: 'Sở Tài chính' },
  { id: 'skhcn', code: 'SKHCN', name: 'Sở Khoa học và Công nghệ' },
  { id: 'snnmt', code: 'SNNMT', name: 'Sở Nông nghiệp và Môi trường' },
  { id: 'sgddt', code: 'SGDDT', name: 'Sở Giáo dục và Đào tạo' },
  { id: 'svhtt', code: 'SVHTT', name: 'Sở Văn hóa và Thể thao' },
  { id: 'sdl', code: 'SDL', name: 'Sở Du lịch' },
  { id: 'cat', code: 'CAT', name: 'Công an tỉnh' },
  { id: 'nhnn', code: 'NHNN', name: 'Ngân hàng Nhà nước chi nhánh khu vực' },
];

describe(matchAgency.name, () => {
  it.each([
    ['Sở Tài chính', 'stc', 'name'],
    ['SỞ TÀI CHÍNH', 'stc', 'name'],
    ['So Tai chinh', 'stc', 'name'],
    ['Sở Tài chính tỉnh Bắc Ninh', 'stc', 'name'],
    ['Sở KH&CN', 'skhcn', 'name'],
    ['Sở KH & CN', 'skhcn', 'name'],
    ['Sở Khoa học và Công nghệ', 'skhcn', 'name'],
    ['Sở NN&MT', 'snnmt', 'name'],
    ['Sở Nông nghiệp và Môi trường', 'snnmt', 'name'],
    ['Sở Môi trường và Nông nghiệp', 'snnmt', 'word-order'],
    ['Sở GD&ĐT', 'sgddt', 'name'],
    ['Sở Giáo dục - Đào tạo', 'sgddt', 'word-order'],
    ['Sở Nông nghiệp', 'snnmt', 'partial'],
    ['Sở Văn hóa, Thể thao và Du lịch', 'svhtt', 'partial'],
    ['Công an Thành phố', 'cat', 'name'],
    ['Công an tỉnh', 'cat', 'name'],
    ['VP UBND tỉnh', 'vp', 'name'],
    ['Ngân hàng nhà nước khu vực XII', 'nhnn', 'partial'],
  ])('%s -> %s (%s)', (name, departmentId, how) => {
    expect(matchAgency(name, CATALOGUE)).toEqual({ name, departmentId, how, group: null });
  });

  it.each([
    ['các sở, ban, ngành', 'departments'],
    ['Các Sở', 'departments'],
    ['ngành', 'departments'],
    ['UBND cấp xã', 'communes'],
    ['UBND các xã, phường', 'communes'],
    ['Ủy ban nhân dân xã', 'communes'],
    ['phường', 'communes'],
    ['các cơ quan, đơn vị liên quan', 'related'],
    ['các cơ quan,', 'related'],
    ['các doanh nghiệp viễn thông', 'related'],
  ])('%s is a group (%s), never one department', (name, group) => {
    expect(matchAgency(name, CATALOGUE)).toEqual({ name, departmentId: null, how: 'group', group });
    expect(agencyGroupOf(name)).toBe(group);
  });

  it.each(['Bộ Tài chính', 'Sở Y tế', 'Tỉnh đoàn', 'Sở', ''])('%s matches nothing in this catalogue', (name) => {
    expect(matchAgency(name, CATALOGUE)).toMatchObject({ departmentId: null, how: 'none' });
  });

  it('takes an alias before anything else, whatever its accents', () => {
    const aliases = [{ key: agencyKey('UBND cấp xã'), departmentId: 'vp' }, { key: agencyKey('Bộ Tài chính'), departmentId: 'stc' }];
    expect(matchAgency('UBND cap xa', CATALOGUE, aliases)).toMatchObject({ departmentId: 'vp', how: 'alias' });
    expect(matchAgency('BỘ TÀI CHÍNH', CATALOGUE, aliases)).toMatchObject({ departmentId: 'stc', how: 'alias' });
  });

  it('does not guess between two departments that share as many words', () => {
    const twoSchools = [...CATALOGUE, { id: 'x', code: 'SGD', name: 'Sở Giáo dục nghề nghiệp' }];
    expect(matchAgency('Sở Giáo dục', twoSchools)).toMatchObject({ departmentId: null, how: 'none' });
  });
});
