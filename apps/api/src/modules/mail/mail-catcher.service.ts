import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { SMTPServer } from 'smtp-server';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { headerOf } from './mail-headers';

const MAX_MESSAGE_BYTES = 5 * 1024 * 1024;

/** Dev only: a local SMTP server inside the worker that keeps every message in caught_mail instead of delivering it. */
@Injectable()
export class MailCatcherService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(MailCatcherService.name);
  private server: SMTPServer | null = null;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const port = this.config.MAIL_CATCHER_PORT;
    if (port === undefined) return;
    // The config schema refuses the port in production already; this guards a config built by hand.
    if (this.config.NODE_ENV === 'production') throw new Error('The mail catcher must not run in production');
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      size: MAX_MESSAGE_BYTES,
      onData: (stream, session, callback) => {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          const raw = Buffer.concat(chunks).toString('utf8');
          const from = session.envelope.mailFrom ? session.envelope.mailFrom.address : null;
          const to = session.envelope.rcptTo.map((r) => r.address);
          this.dataSource
            .query(`INSERT INTO caught_mail (mail_from, rcpt_to, subject, raw) VALUES ($1, $2, $3, $4)`, [from, to, headerOf(raw, 'subject'), raw])
            .then(() => callback(), (error: Error) => callback(error));
        });
      },
    });
    server.on('error', (error) => this.logger.warn(`Mail catcher: ${error.message}`));
    await new Promise<void>((resolve, reject) => {
      server.listen(port, '127.0.0.1', () => resolve());
      server.once('error', reject);
    });
    this.server = server;
    this.logger.log(`Mail catcher listening on 127.0.0.1:${port}; read caught mail at GET /api/dev/mail`);
  }

  async onApplicationShutdown(): Promise<void> {
    const server = this.server;
    if (!server) return;
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}
