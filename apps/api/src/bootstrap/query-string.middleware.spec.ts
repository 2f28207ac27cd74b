import { malformedQueryField } from './query-string.middleware';

describe(malformedQueryField.name, () => {
  it.each([
    ['/api/work-packages', null],
    ['/api/work-packages?q=qu%E1%BA%A3ng+ninh&limit=5', null],
    ['/api/work-packages?q=Qu%E1%BA%A3ng%20Ninh&empty=&flag', null],
    ['/api/work-packages?q=%FF%FE', 'q'],
    ['/api/work-packages?limit=5&q=%E0%A4%A', 'q'],
    ['/api/work-packages?q=100%', 'q'],
    ['/api/work-packages?%FF=1', 'query'],
  ])('%s -> %p', (url, field) => {
    expect(malformedQueryField(url)).toBe(field);
  });
});
