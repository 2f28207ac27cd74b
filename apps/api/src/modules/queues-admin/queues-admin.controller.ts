import { Controller, Get, HttpCode, HttpStatus, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Authenticated } from '../../common/auth/access.decorators';
import { QueuesOverview } from '@mandate/domain';
import { QueuesAdminService } from './queues-admin.service';

@ApiTags('admin')
@Controller('admin/queues')
export class QueuesAdminController {
  constructor(private readonly queues: QueuesAdminService) {}

  @Get()
  @Authenticated('queues.manage')
  overview(): Promise<QueuesOverview> {
    return this.queues.overview();
  }

  @Post(':queue/jobs/:jobId/retry')
  @HttpCode(HttpStatus.OK)
  @Authenticated('queues.manage')
  retry(@Param('queue') queue: string, @Param('jobId') jobId: string): Promise<{ queue: string; id: string; state: string }> {
    return this.queues.retry(queue, jobId);
  }
}
