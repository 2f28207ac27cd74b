import { Global, Module } from '@nestjs/common';
import { LiveController } from './live.controller';
import { LiveUpdatesService } from './live-updates.service';

@Global()
@Module({ controllers: [LiveController], providers: [LiveUpdatesService], exports: [LiveUpdatesService] })
export class LiveModule {}
