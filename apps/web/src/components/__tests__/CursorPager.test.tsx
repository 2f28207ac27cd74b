import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { renderElement } from '../../test/render';
import { CursorPager, useCursorPages } from '../CursorPager';

/** A list of three pages (cursors c2, c3) under a filter the test can change. */
function Paged() {
  const [filter, setFilter] = useState('a');
  const pages = useCursorPages(filter);
  const next: Record<string, string | null> = { first: 'c2', c2: 'c3', c3: null };
  return (
    <>
      <output aria-label="cursor">{pages.cursor ?? 'first'}</output>
      <button onClick={() => setFilter('b')}>filter</button>
      <CursorPager pages={pages} nextCursor={next[pages.cursor ?? 'first']} summary="12 dự án" />
    </>
  );
}

describe(CursorPager.name, () => {
  it('walks forward by cursor, back through the cursors visited, and stops at either end', async () => {
    const user = userEvent.setup();
    renderElement(<Paged />);
    const previous = screen.getByRole('button', { name: 'Trang trước' });
    const next = screen.getByRole('button', { name: 'Trang sau' });
    expect(screen.getByText('12 dự án · Trang 1')).toBeInTheDocument();
    expect(previous).toBeDisabled();

    await user.click(next);
    await user.click(next);
    expect(screen.getByLabelText('cursor')).toHaveTextContent('c3');
    expect(screen.getByText('12 dự án · Trang 3')).toBeInTheDocument();
    expect(next).toBeDisabled();

    await user.click(previous);
    expect(screen.getByLabelText('cursor')).toHaveTextContent('c2');
    expect(screen.getByText('12 dự án · Trang 2')).toBeInTheDocument();
  });

  it('starts again at the first page when the filter changes', async () => {
    const user = userEvent.setup();
    renderElement(<Paged />);
    await user.click(screen.getByRole('button', { name: 'Trang sau' }));
    expect(screen.getByLabelText('cursor')).toHaveTextContent('c2');
    await user.click(screen.getByRole('button', { name: 'filter' }));
    expect(screen.getByLabelText('cursor')).toHaveTextContent('first');
    expect(screen.getByText('12 dự án · Trang 1')).toBeInTheDocument();
  });

  it('keeps "next" disabled while the next page is still loading', () => {
    function Busy() {
      const pages = useCursorPages('x');
      return <CursorPager pages={pages} nextCursor="c2" busy />;
    }
    renderElement(<Busy />);
    expect(screen.getByText('Trang 1')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Trang sau' })).toBeDisabled();
  });
});
