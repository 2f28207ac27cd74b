import { Module } from '@nestjs/common';
import { DevMailController } from './dev-mail.controller';

/** API side: the dev-only list of caught mail. */
@Module({ controllers: [DevMailController] })
export class MailModule {}
