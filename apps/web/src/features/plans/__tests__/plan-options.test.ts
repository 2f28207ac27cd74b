import { planOption, planOptions } from '../plan-options';

describe(planOptions.name, () => {
  it('labels a plan "number — title", and a plan without a number by its title alone', () => {
    expect(planOptions([{ id: 'p1', number: '120/KH-UBND', title: 'Kế hoạch thực hiện năm 2026' }, { id: 'p2', number: null, title: 'Chương trình công tác' }])).toEqual([
      { value: 'p1', label: '120/KH-UBND — Kế hoạch thực hiện năm 2026' },
      { value: 'p2', label: 'Chương trình công tác' },
    ]);
    expect(planOptions(undefined)).toEqual([]);
    expect(planOption({ id: 'p3', number: '', title: 'Không số' }).label).toBe('Không số');
  });
});
