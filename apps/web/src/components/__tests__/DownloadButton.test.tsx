import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderElement } from '../../test/render';
import { DownloadButton } from '../DownloadButton';

describe(DownloadButton.name, () => {
  let saved: { href: string; download: string }[];

  beforeEach(() => {
    saved = [];
    URL.createObjectURL = jest.fn(() => 'blob:sheet');
    URL.revokeObjectURL = jest.fn();
    jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.push({ href: this.href, download: this.download });
    });
  });
  afterEach(() => jest.restoreAllMocks());

  it('fetches the file and saves it under its name', async () => {
    const user = userEvent.setup();
    const fetchFile = jest.fn(async () => new Blob(['xlsx']));
    renderElement(<DownloadButton label="Tải bảng chỉ tiêu (Excel)" fileName="chi-tieu-2026-07-15.xlsx" fetchFile={fetchFile} />);
    await user.click(screen.getByRole('button', { name: 'Tải bảng chỉ tiêu (Excel)' }));
    await waitFor(() => expect(saved).toEqual([{ href: 'blob:sheet', download: 'chi-tieu-2026-07-15.xlsx' }]));
    expect(fetchFile).toHaveBeenCalledTimes(1);
  });

  it('says why when the download fails, and saves nothing', async () => {
    const user = userEvent.setup();
    const fetchFile = jest.fn(async () => {
      throw new TypeError('Failed to fetch');
    });
    renderElement(<DownloadButton label="Tải bảng giải ngân (Excel)" fileName="giai-ngan.xlsx" fetchFile={fetchFile} />);
    await user.click(screen.getByRole('button', { name: 'Tải bảng giải ngân (Excel)' }));
    expect(await screen.findByRole('alert')).toBeInTheDocument();
    expect(saved).toEqual([]);
  });
});
