import { DomainError } from '../errors/domain-error';
import { parsePlanDocument } from './parse-plan-document';

const smallPlan = [
  'ỦY BAN NHÂN DÂN TỈNH AN BÌNH',
  'Số: 3/KH-UBND',
  'KẾ HOẠCH',
  'Thực hiện nhiệm vụ năm 2026',
  'I. CHỈ TIÊU',
  '(1) Tỷ lệ che phủ rừng đạt trên 50%.',
  'II. NHIỆM VỤ',
  '1. Trồng rừng thay thế, hoàn thành trong quý III năm 2026.',
  'TM. ỦY BAN NHÂN DÂN',
].join('\n');

describe('parsePlanDocument', () => {
  it('parses a small plan', () => {
    const sut = parsePlanDocument(smallPlan);

    expect(sut.indicators.map((indicator) => indicator.code)).toEqual(['1']);
    expect(sut.items.map((item) => item.ref)).toEqual(['II']);
    expect(sut.deadlines).toEqual([{ ref: 'II.1', date: '2026-09-30', text: 'hoàn thành trong quý III năm 2026' }]);
  });

  it('reads the indicators of a "Chỉ tiêu chủ yếu" list written inside the task part, which is then not an item', () => {
    const sut = parsePlanDocument(
      [
        'ỦY BAN NHÂN DÂN TỈNH AN BÌNH',
        'Số: 4/KH-UBND',
        'KẾ HOẠCH',
        'Phòng, chống ma túy đến năm 2030',
        'I. MỤC ĐÍCH, YÊU CẦU',
        'Nâng cao hiệu quả phòng, chống ma túy.',
        'II. NỘI DUNG TRỌNG TÂM',
        '1. Tổ chức quán triệt, tuyên truyền sâu rộng kế hoạch.',
        '2. Chỉ tiêu chủ yếu đến năm 2030',
        '2.1. Phấn đấu đến năm 2030 đạt ít nhất 50% số xã, phường không ma túy.',
        '2.2. Trên 80% số trạm y tế cấp xã đủ điều kiện xác định tình trạng nghiện.',
        '3. Đầu tư trang thiết bị cho lực lượng chuyên trách.',
        'III. TỔ CHỨC THỰC HIỆN',
        'Các sở, ngành triển khai kế hoạch này.',
      ].join('\n'),
    );

    expect(sut.indicators.map((indicator) => [indicator.code, indicator.targets[0].comparator, indicator.targets[0].value])).toEqual([
      ['2.1', 'gte', 50],
      ['2.2', 'gt', 80],
    ]);
    expect(sut.items[0].children.map((item) => item.ref)).toEqual(['II.1', 'II.3']);
  });

  it('keeps a task headed "chỉ tiêu" as an item when it holds no list of figures', () => {
    const sut = parsePlanDocument(
      ['ỦY BAN NHÂN DÂN TỈNH AN BÌNH', 'Số: 5/KH-UBND', 'KẾ HOẠCH', 'Thống kê năm 2026', 'I. NHIỆM VỤ', '1. Chỉ tiêu thống kê cấp tỉnh', '- Rà soát hệ thống chỉ tiêu thống kê.', '- Cập nhật biểu mẫu báo cáo.', '2. Đào tạo cán bộ thống kê.'].join('\n'),
    );

    expect(sut.items[0].children.map((item) => item.ref)).toEqual(['I.1', 'I.2']);
  });

  it('gives NFC strings for NFD input', () => {
    const sut = parsePlanDocument(smallPlan.normalize('NFD'));

    expect(sut.items[0].children[0].title).toBe('Trồng rừng thay thế, hoàn thành trong quý III năm 2026.');
  });

  it.each(['', '   \n\t', '\u200B\uFEFF'])('refuses empty text %j with VALIDATION_FAILED', (text) => {
    expect(() => parsePlanDocument(text)).toThrow(expect.objectContaining({ code: 'VALIDATION_FAILED' }));
  });

  it('refuses a text that is not a planning document', () => {
    const act = () => parsePlanDocument('Hôm nay trời đẹp. 1. Đi chợ. 2. Nấu cơm.');

    expect(act).toThrow(DomainError);
    expect(act).toThrow(expect.objectContaining({ code: 'NOT_A_PLANNING_DOCUMENT' }));
  });

  const resolution = (title: string[], body: string[]): string =>
    ['**HỘI ĐỒNG NHÂN DÂN**', 'TỈNH AN BÌNH', '', 'Số: 12/2025/NQ-HĐND', '', '*An Bình, ngày 10 tháng 12 năm 2025*', '', '**NGHỊ QUYẾT**', '', ...title, '',
      '*Căn cứ Luật Tổ chức chính quyền địa phương;*', '', '**QUYẾT NGHỊ:**', '', ...body].join('\n');
  const articles = ['**Điều 1. Phạm vi điều chỉnh**', '', 'Nghị quyết này quy định mức chi cho các nhiệm vụ, giải pháp phát triển thể thao.', '',
    '**Điều 2. Mức chi**', '', '1. Mức chi hỗ trợ vận động viên: 200.000 đồng/người/ngày.', '', '2. Mức chi cho huấn luyện viên: 300.000 đồng/người/ngày.', '',
    '**Điều 3. Tổ chức thực hiện**', '', '1. Giao Ủy ban nhân dân tỉnh tổ chức triển khai thực hiện kế hoạch.', '', '2. Nghị quyết có hiệu lực từ ngày 01 tháng 01 năm 2026.'];

  it.each([
    ['a spending norm', 'Quy định một số nội dung, mức chi trong lĩnh vực thể thao thành tích cao', 'a regulation'],
    ['an amendment', 'Sửa đổi, bổ sung một số điều của Quy định ban hành kèm theo Nghị quyết số 10/2022/NQ-HĐND', 'a regulation'],
    ['a rearrangement of administrative units', 'Về việc sắp xếp các đơn vị hành chính cấp xã của tỉnh An Bình năm 2025', 'a rearrangement of administrative units'],
    ['a spending norm for carrying something out', 'Quy định nội dung chi, mức chi khuyến khích tổ chức, cá nhân thực hiện dịch vụ công trực tuyến', 'a regulation'],
    ['published procedures', 'Ban hành danh mục thủ tục hành chính thuộc phạm vi chức năng quản lý của Sở Nội vụ', 'a list of administrative procedures'],
    ['simplified procedures', 'Về việc thông qua phương án đơn giản hóa thủ tục hành chính thuộc thẩm quyền của Sở Y tế', 'a list of administrative procedures'],
    ['an amended decision on procedures', 'Sửa đổi, bổ sung Quyết định số 34/QĐ-UBND về việc công bố danh mục thủ tục hành chính', 'a list of administrative procedures'],
    ['a body set up to carry out a programme', 'Về việc thành lập Ban Chỉ đạo thực hiện Chương trình chuyển đổi số tỉnh An Bình', 'the establishment, reorganisation or recognition'],
    ['a recognised status', 'Về việc công nhận xã, phường miền núi trên địa bàn tỉnh An Bình', 'the establishment, reorganisation or recognition'],
    ['a norm for funding a national programme', 'Sửa đổi, bổ sung một số điều của Quy định định mức phân bổ vốn thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững', 'a regulation'],
    ['house rules', 'Ban hành nội quy mẫu áp dụng cho các chợ trên địa bàn tỉnh An Bình', 'a regulation'],
    ['a delegation of powers', 'Phân cấp thẩm quyền quyết định xác lập quyền sở hữu toàn dân', 'a regulation'],
    ["a project's investment policy", 'Về chủ trương đầu tư Dự án đầu tư xây dựng tuyến đường sắt An Bình - Hải Phòng', "a decision on a project's investment policy (chủ trương đầu tư)"],
    ["a change of a project's investment policy", 'Về việc điều chỉnh chủ trương đầu tư Dự án đường ven biển An Bình', "a decision on a project's investment policy (chủ trương đầu tư)"],
    ['an election', 'Về việc bầu Phó Chủ tịch Ủy ban nhân dân tỉnh An Bình nhiệm kỳ 2021 - 2026', 'an election, appointment or dismissal'],
    ['a body of rules whatever its title says', 'Về việc triển khai thí điểm thị trường tài sản mã hóa tại An Bình', 'a regulation'],
  ])('refuses a document that holds no plan (%s) and names what it is: its articles are not tasks', (_kind, title, named) => {
    const act = () => parsePlanDocument(resolution([`**${title}**`], articles));

    expect(act).toThrow(expect.objectContaining({ code: 'NOT_A_PLANNING_DOCUMENT', message: expect.stringContaining(`The text is ${named}`) }));
  });

  it('refuses a list of administrative procedures or an establishment even with a table of rows under it', () => {
    const table = ['| STT | Nhiệm vụ | Cơ quan chủ trì | Thời gian hoàn thành |', '|---|---|---|---|', '| 1 | Cấp giấy phép xuất bản bản tin | Sở Văn hóa | Quý II/2026 |', '| 2 | Cấp giấy phép hoạt động in | Sở Văn hóa | Quý III/2026 |'];
    const body = ['**Điều 1.** Ban hành kèm theo Quyết định này danh mục nhiệm vụ.', '', '**Điều 2. Tổ chức thực hiện**', '', 'Quyết định có hiệu lực từ ngày ký.', '', '**PHỤ LỤC**', '', ...table];
    const procedures = () => parsePlanDocument(resolution(['**Công bố danh mục thủ tục hành chính lĩnh vực báo chí**'], body));
    const board = () => parsePlanDocument(resolution(['**Thành lập Tổ công tác thực hiện Kế hoạch chuyển đổi số**'], body));

    expect(procedures).toThrow(expect.objectContaining({ message: expect.stringContaining('The text is a list of administrative procedures') }));
    expect(board).toThrow(expect.objectContaining({ message: expect.stringContaining('The text is the establishment, reorganisation or recognition') }));
  });

  it("refuses a fund's charter whose article on the fund's duties is no task part of a plan", () => {
    const charter = ['**Điều 1. Vị trí pháp lý**', '', '1. Quỹ Bảo vệ môi trường tỉnh An Bình là quỹ tài chính nhà nước.', '', '**Điều 2. Nhiệm vụ**', '', '1. Tiếp nhận tiền ký quỹ cải tạo môi trường.', '', '2. Cho vay vốn với lãi suất ưu đãi.', '', '**Điều 3. Tổ chức thực hiện**', '', '1. Giao Sở Tài chính hướng dẫn thực hiện.'];

    const act = () => parsePlanDocument(resolution(['**Ban hành Điều lệ tổ chức và hoạt động của Quỹ Bảo vệ môi trường tỉnh An Bình**'], charter));

    expect(act).toThrow(expect.objectContaining({ message: expect.stringContaining('The text is a regulation') }));
  });

  it('refuses a consolidated text (VBHN) of legal documents', () => {
    const text = resolution(['**Về thực hiện chế độ đối với quân nhân**'], articles.slice(4)).replace('12/2025/NQ-HĐND', '92/VBHN-BQP');

    expect(() => parsePlanDocument(text)).toThrow(expect.objectContaining({ code: 'NOT_A_PLANNING_DOCUMENT' }));
    expect(() => parsePlanDocument(text.replace('92/VBHN-BQP', '92/NQ-HĐND'))).not.toThrow();
  });

  it('reads a document whose title names a plan, or that has a task part of its own, even when the title starts like a regulation', () => {
    const plan = parsePlanDocument(resolution(['**Kế hoạch triển khai Quy định mức chi trong lĩnh vực thể thao năm 2026**'], articles));
    const withTasks = parsePlanDocument(
      resolution(['**Quy định phân công thực hiện năm 2026**'], ['**I. NHIỆM VỤ VÀ GIẢI PHÁP**', '', '1. Rà soát các cơ sở thể thao, hoàn thành trong quý III năm 2026.']),
    );

    expect(plan.items.length).toBeGreaterThan(0);
    expect(withTasks.deadlines).toEqual([expect.objectContaining({ date: '2026-09-30' })]);
  });
});

describe('parsePlanDocument warnings', () => {
  it('gives each warning a code, the line of the given text it concerns, and the same English line as before', () => {
    const text = ['|', '**ỦY BAN NHÂN DÂN**', 'TỈNH AN BÌNH', '', '**KẾ HOẠCH**', '', 'Thực hiện nhiệm vụ', '', 'I. NHIỆM VỤ', '', '1. Trồng rừng.', '', '- Thời gian thực hiện: Theo tiến độ của dự án.', '', '- Cơ quan chủ trì: Sở Nông nghiệp và Môi trường.'].join('\n');

    const sut = parsePlanDocument(text);

    expect(sut.warningDetails).toEqual(
      expect.arrayContaining([
        { code: 'NUMBER_NOT_FOUND', line: 5, params: {} },
        { code: 'DUE_TEXT_WITHOUT_DATE', line: null, params: { ref: 'I.1', text: 'Theo tiến độ của dự án' } },
      ]),
    );
    expect(sut.warnings).toHaveLength(sut.warningDetails?.length ?? -1);
    expect(sut.warnings).toContain('Document number (Số: ...) not found.');
  });
});
