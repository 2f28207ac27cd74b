import { splitTaskSentences } from './split-task-sentences.util';

describe('splitTaskSentences', () => {
  it('splits a paragraph into its task sentences', () => {
    const sut = splitTaskSentences(
      'Xây dựng và triển khai Đề án xác lập mô hình tăng trưởng mới. Phát triển công nghệ 4.0 tại TP. Hạ Long. Thu hút trên 22 triệu lượt khách.',
    );

    expect(sut).toEqual([
      'Xây dựng và triển khai Đề án xác lập mô hình tăng trưởng mới.',
      'Phát triển công nghệ 4.0 tại TP. Hạ Long.',
      'Thu hút trên 22 triệu lượt khách.',
    ]);
  });

  it('splits at line breaks and bullets, drops repeats and empty parts', () => {
    expect(splitTaskSentences('- Rà soát quy hoạch.\n\n+ Rà soát quy hoạch.\n• Báo cáo kết quả')).toEqual([
      'Rà soát quy hoạch.',
      'Báo cáo kết quả',
    ]);
  });

  it('splits after an ellipsis that ends a sentence', () => {
    expect(splitTaskSentences('khu kinh tế cửa khẩu Móng Cái,... Nâng cao chất lượng dịch vụ')).toHaveLength(2);
  });
});
