import { Button, type ButtonProps } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { saveBlob } from '../lib/download';
import { errorMessage } from '../lib/error-message';
import { notifyError } from '../lib/notify';

interface DownloadButtonProps extends Pick<ButtonProps, 'variant' | 'disabled'> {
  label: string;
  fileName: string;
  /** Fetches the file with the session's token (a plain link could not send it). */
  fetchFile: () => Promise<Blob>;
}

/** A button that downloads a file the API generates, busy while it is written, saying why when it fails. */
export function DownloadButton({ label, fileName, fetchFile, variant = 'default', disabled }: DownloadButtonProps) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const download = () => {
    setBusy(true);
    fetchFile()
      .then((blob) => saveBlob(blob, fileName))
      .catch((error: unknown) => notifyError(errorMessage(t, error)))
      .finally(() => setBusy(false));
  };
  return (
    <Button variant={variant} leftSection={<IconDownload size={16} />} loading={busy} disabled={disabled} onClick={download}>
      {label}
    </Button>
  );
}
