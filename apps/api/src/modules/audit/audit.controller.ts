import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { AuditEvent, Page } from '@mandate/domain';
import { Authenticated } from '../../common/auth/access.decorators';
import { AuditService } from './audit.service';
import { ListAuditQuery } from './dtos/list-audit.query';

@ApiTags('audit')
@Controller('audit')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @Authenticated('audit.read')
  list(@Query() query: ListAuditQuery): Promise<Page<AuditEvent>> {
    return this.audit.list(query);
  }
}
