import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { AuditActorOption, AuditEvent, ItemList, Page } from '@mandate/domain';
import { Authenticated } from '../../common/auth/access.decorators';
import { AuditService } from './audit.service';
import { ListAuditQuery } from './dtos/list-audit.query';

@ApiTags('audit')
@Controller('audit')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  /** The people who appear in the log, so the audit page can filter by person for every role that reads it. */
  @Get('actors')
  @Authenticated('audit.read')
  actors(): Promise<ItemList<AuditActorOption>> {
    return this.audit.actors();
  }

  @Get()
  @Authenticated('audit.read')
  list(@Query() query: ListAuditQuery): Promise<Page<AuditEvent>> {
    return this.audit.list(query);
  }
}
