import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import { createTransport, Transporter } from 'nodemailer';
import { APP_CONFIG, AppConfig } from '../../config/app-config';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  /** Stable per delivery, so a resend after a crash carries the same id and mail clients show it once. */
  messageId?: string;
}

/** SMTP through nodemailer; one pooled transport per process. */
@Injectable()
export class MailService implements OnApplicationShutdown {
  private transport: Transporter | null = null;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  async send(mail: OutgoingMail): Promise<void> {
    if (!this.config.SMTP_URL) throw new Error('SMTP_URL is not set');
    this.transport ??= createTransport(this.config.SMTP_URL, { from: this.config.MAIL_FROM });
    await this.transport.sendMail({ ...mail, from: this.config.MAIL_FROM });
  }

  onApplicationShutdown(): void {
    this.transport?.close();
  }
}

/** A 5xx reply (unknown mailbox, refused content) will fail again; connection errors and 4xx replies may not. */
export function isPermanentMailError(error: unknown): boolean {
  const { responseCode, code } = (error ?? {}) as { responseCode?: number; code?: string };
  return (typeof responseCode === 'number' && responseCode >= 500 && responseCode < 600) || code === 'EENVELOPE';
}
