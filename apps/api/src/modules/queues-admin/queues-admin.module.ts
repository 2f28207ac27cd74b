import { Module } from '@nestjs/common';
import { QueuesAdminController } from './queues-admin.controller';
import { QueuesAdminService } from './queues-admin.service';

@Module({
  controllers: [QueuesAdminController],
  providers: [QueuesAdminService],
})
export class QueuesAdminModule {}
