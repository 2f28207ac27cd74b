import { Body, Controller, Get, Headers, HttpCode, HttpStatus, Patch, Post, Put, Query, Res } from '@nestjs/common';
import { ApiHeader, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Actor, AuditEvent, MovedWorkPackage, Page, WorkPackageDetail } from '@mandate/domain';
import type { Response } from 'express';
import { Authenticated, CurrentActor } from '../../common/auth/access.decorators';
import { sendReadModel } from '../../common/cache/send-read-model';
import { IdParam } from '../../common/validation/id-param';
import { AsOfQuery } from './dtos/as-of.query';
import { CreateWorkPackageDto } from './dtos/create-work-package.dto';
import { HistoryQuery } from './dtos/history.query';
import { ListWorkPackagesQuery } from './dtos/list-work-packages.query';
import { SetAssigneesDto } from './dtos/set-assignees.dto';
import { TransitionWorkPackageDto } from './dtos/transition-work-package.dto';
import { UpdateWorkPackageDto } from './dtos/update-work-package.dto';
import { WorkPackageTransitionsService } from './work-package-transitions.service';
import { WorkPackagesService } from './work-packages.service';

@ApiTags('work-packages')
@Controller('work-packages')
export class WorkPackagesController {
  constructor(
    private readonly packages: WorkPackagesService,
    private readonly transitions: WorkPackageTransitionsService,
  ) {}

  /**
   * A `Page<WorkPackage>` in due-date order (none last, then id), sent as the cached gzip body (or a 304 when
   * `If-None-Match` names its revision).
   */
  @Get()
  @Authenticated('workPackages.read')
  @ApiOkResponse({ description: 'Page<WorkPackage> ordered by dueDate (none last) then id (gzip when accepted); ETag per data revision, 304 on If-None-Match' })
  async list(
    @Query() query: ListWorkPackagesQuery,
    @Headers('if-none-match') ifNoneMatch: string | undefined,
    @Headers('accept-encoding') acceptEncoding: string | undefined,
    @Res() response: Response,
  ): Promise<void> {
    sendReadModel(response, await this.packages.listBody(query, ifNoneMatch), acceptEncoding);
  }

  @Get(':id')
  @Authenticated('workPackages.read')
  get(@CurrentActor() actor: Actor, @IdParam() id: string, @Query() query: AsOfQuery): Promise<WorkPackageDetail> {
    return this.packages.get(actor, id, query.asOf);
  }

  @Post()
  @Authenticated('workPackages.create')
  create(@CurrentActor() actor: Actor, @Body() body: CreateWorkPackageDto): Promise<WorkPackageDetail> {
    return this.packages.create(actor, body);
  }

  @Patch(':id')
  @Authenticated('workPackages.update')
  @ApiHeader({ name: 'If-Match', required: false, description: 'The version last read; or send "version" in the body' })
  update(@CurrentActor() actor: Actor, @IdParam() id: string, @Body() body: UpdateWorkPackageDto, @Headers('if-match') ifMatch?: string): Promise<WorkPackageDetail> {
    return this.packages.update(actor, id, body, ifMatch);
  }

  @Put(':id/assignees')
  @Authenticated('workPackages.update')
  setAssignees(@CurrentActor() actor: Actor, @IdParam() id: string, @Body() body: SetAssigneesDto, @Headers('if-match') ifMatch?: string): Promise<WorkPackageDetail> {
    return this.packages.setAssignees(actor, id, body, ifMatch);
  }

  @Post(':id/transitions')
  @HttpCode(HttpStatus.OK)
  @Authenticated('workPackages.transition')
  transition(@CurrentActor() actor: Actor, @IdParam() id: string, @Body() body: TransitionWorkPackageDto): Promise<MovedWorkPackage> {
    return this.transitions.transition(actor, id, body);
  }

  @Get(':id/history')
  @Authenticated('workPackages.read')
  history(@CurrentActor() actor: Actor, @IdParam() id: string, @Query() query: HistoryQuery): Promise<Page<AuditEvent>> {
    return this.packages.history(actor, id, query);
  }
}
