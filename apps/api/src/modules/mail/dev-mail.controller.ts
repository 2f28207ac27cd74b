import type { CaughtMail } from '@mandate/domain';
import { Controller, Get, NotFoundException, Inject } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Authenticated } from '../../common/auth/access.decorators';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { textBodyOf } from './mail-headers';

/** Dev only: what the local mail catcher received, newest first; 404 in production as if the route did not exist. */
@ApiTags('dev')
@Controller('dev/mail')
export class DevMailController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get()
  @Authenticated('settings.manage')
  async list(): Promise<{ items: CaughtMail[] }> {
    if (this.config.NODE_ENV === 'production') throw new NotFoundException();
    const rows: { id: string; from: string | null; to: string[]; subject: string | null; raw: string; receivedAt: Date }[] = await this.dataSource.query(
      `SELECT id::text, mail_from AS "from", rcpt_to AS "to", subject, raw, received_at AS "receivedAt" FROM caught_mail ORDER BY id DESC LIMIT 100`,
    );
    return { items: rows.map(({ raw, receivedAt, ...row }) => ({ ...row, text: textBodyOf(raw), receivedAt: receivedAt.toISOString() })) };
  }
}
