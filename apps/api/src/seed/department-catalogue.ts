import { DepartmentKind } from '@mandate/domain';

/** The Quảng Ninh catalogue the local run starts with; after seeding it is ordinary data the admin edits. */
export const QUANG_NINH_DEPARTMENTS: ReadonlyArray<{ code: string; name: string; kind: DepartmentKind }> = [
  { code: 'VP-UBND', name: 'Văn phòng UBND tỉnh', kind: 'provincial' },
  { code: 'VP-DBQH-HDND', name: 'Văn phòng Đoàn ĐBQH và HĐND tỉnh', kind: 'provincial' },
  { code: 'STC', name: 'Sở Tài chính', kind: 'provincial' },
  { code: 'SCT', name: 'Sở Công Thương', kind: 'provincial' },
  { code: 'SXD', name: 'Sở Xây dựng', kind: 'provincial' },
  { code: 'SNNMT', name: 'Sở Nông nghiệp và Môi trường', kind: 'provincial' },
  { code: 'SKHCN', name: 'Sở Khoa học và Công nghệ', kind: 'provincial' },
  { code: 'SGDDT', name: 'Sở Giáo dục và Đào tạo', kind: 'provincial' },
  { code: 'SYT', name: 'Sở Y tế', kind: 'provincial' },
  { code: 'SVHTT', name: 'Sở Văn hóa và Thể thao', kind: 'provincial' },
  { code: 'SDL', name: 'Sở Du lịch', kind: 'provincial' },
  { code: 'SNV', name: 'Sở Nội vụ', kind: 'provincial' },
  { code: 'STP', name: 'Sở Tư pháp', kind: 'provincial' },
  { code: 'SNGV', name: 'Sở Ngoại vụ', kind: 'provincial' },
  { code: 'SDTTG', name: 'Sở Dân tộc và Tôn giáo', kind: 'provincial' },
  { code: 'TTT', name: 'Thanh tra tỉnh', kind: 'provincial' },
  { code: 'BQLKKT', name: 'Ban Quản lý Khu kinh tế', kind: 'provincial' },
  { code: 'CAT', name: 'Công an tỉnh', kind: 'other' },
  { code: 'BCHQS', name: 'Bộ Chỉ huy Quân sự tỉnh', kind: 'other' },
  { code: 'BQLDA-DTXD', name: 'Ban Quản lý dự án đầu tư xây dựng tỉnh', kind: 'provincial' },
  { code: 'THUE', name: 'Thuế tỉnh Quảng Ninh', kind: 'other' },
  { code: 'KBNN', name: 'Kho bạc Nhà nước khu vực', kind: 'other' },
  { code: 'NHNN', name: 'Ngân hàng Nhà nước chi nhánh khu vực', kind: 'other' },
  { code: 'HQ', name: 'Chi cục Hải quan khu vực', kind: 'other' },
  { code: 'BHXH', name: 'Bảo hiểm xã hội tỉnh', kind: 'other' },
  { code: 'QMG', name: 'Trung tâm Truyền thông tỉnh', kind: 'provincial' },
];

/** The contract's demo accounts (local runs only). */
/** Demo accounts get an address on a reserved domain, so the local mail catcher shows what each party is sent. */
export const DEMO_EMAIL_DOMAIN = 'demo.mandate.test';

export const DEMO_ACCOUNTS: ReadonlyArray<{ username: string; displayName: string; role: 'admin' | 'ubnd' | 'hdnd' | 'department'; departmentCode: string | null }> = [
  { username: 'admin', displayName: 'Quản trị hệ thống', role: 'admin', departmentCode: null },
  { username: 'ubnd', displayName: 'Chuyên viên Văn phòng UBND tỉnh', role: 'ubnd', departmentCode: null },
  { username: 'hdnd', displayName: 'Thường trực HĐND tỉnh', role: 'hdnd', departmentCode: null },
  { username: 'so-tai-chinh', displayName: 'Cán bộ Sở Tài chính', role: 'department', departmentCode: 'STC' },
  { username: 'so-du-lich', displayName: 'Cán bộ Sở Du lịch', role: 'department', departmentCode: 'SDL' },
  { username: 'so-giao-duc', displayName: 'Cán bộ Sở Giáo dục và Đào tạo', role: 'department', departmentCode: 'SGDDT' },
];
