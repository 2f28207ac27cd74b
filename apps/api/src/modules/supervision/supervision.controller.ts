import { Body, Controller, Get, HttpCode, HttpStatus, Post, Put, Query, StreamableFile, UploadedFiles, UseInterceptors } from '@nestjs/common';
import { FilesInterceptor } from '@nestjs/platform-express';
import { ApiConsumes, ApiTags } from '@nestjs/swagger';
import { Actor, EVIDENCE_MAX_FILE_BYTES, EVIDENCE_MAX_FILES, Page, SupervisionRequest, SupervisionRequestDetail, SupervisionResponseDays } from '@mandate/domain';
import { Authenticated, CurrentActor } from '../../common/auth/access.decorators';
import { IdParam } from '../../common/validation/id-param';
import { AsOfQuery } from '../work-packages/dtos/as-of.query';
import { UploadedEvidenceFile } from '../work-packages/evidence-storage';
import { EvidenceUploadErrorsInterceptor } from '../work-packages/evidence-upload.interceptor';
import { CreateSupervisionRequestDto } from './dtos/create-supervision-request.dto';
import { ListSupervisionRequestsQuery } from './dtos/list-supervision-requests.query';
import { CloseSupervisionDto, ReopenSupervisionDto, RespondSupervisionDto, SupervisionSettingsDto } from './dtos/supervision-step.dto';
import { SupervisionService } from './supervision.service';

const evidenceUpload = () => FilesInterceptor('files', EVIDENCE_MAX_FILES, { limits: { fileSize: EVIDENCE_MAX_FILE_BYTES, files: EVIDENCE_MAX_FILES, fields: 20 }, defParamCharset: 'utf8' });

@ApiTags('supervision')
@Controller('supervision-requests')
export class SupervisionController {
  constructor(private readonly supervision: SupervisionService) {}

  @Post()
  @Authenticated('supervision.raise')
  create(@CurrentActor() actor: Actor, @Body() body: CreateSupervisionRequestDto): Promise<SupervisionRequestDetail> {
    return this.supervision.create(actor, body);
  }

  @Get()
  @Authenticated('supervision.read')
  list(@CurrentActor() actor: Actor, @Query() query: ListSupervisionRequestsQuery): Promise<Page<SupervisionRequest>> {
    return this.supervision.list(actor, query);
  }

  @Get(':id')
  @Authenticated('supervision.read')
  get(@CurrentActor() actor: Actor, @IdParam() id: string, @Query() query: AsOfQuery): Promise<SupervisionRequestDetail> {
    return this.supervision.get(actor, id, query.asOf);
  }

  @Post(':id/responses')
  @Authenticated('supervision.respond')
  @ApiConsumes('application/json', 'multipart/form-data')
  @UseInterceptors(EvidenceUploadErrorsInterceptor, evidenceUpload())
  respond(@CurrentActor() actor: Actor, @IdParam() id: string, @Body() body: RespondSupervisionDto, @UploadedFiles() files?: UploadedEvidenceFile[]): Promise<SupervisionRequestDetail> {
    return this.supervision.respond(actor, id, body, files);
  }

  @Post(':id/reopen')
  @HttpCode(HttpStatus.OK)
  @Authenticated('supervision.raise')
  reopen(@CurrentActor() actor: Actor, @IdParam() id: string, @Body() body: ReopenSupervisionDto): Promise<SupervisionRequestDetail> {
    return this.supervision.reopen(actor, id, body);
  }

  @Post(':id/close')
  @HttpCode(HttpStatus.OK)
  @Authenticated('supervision.raise')
  close(@CurrentActor() actor: Actor, @IdParam() id: string, @Body() body: CloseSupervisionDto): Promise<SupervisionRequestDetail> {
    return this.supervision.close(actor, id, body);
  }

  @Get(':id/attachments/:attachmentId')
  @Authenticated('supervision.read')
  download(@CurrentActor() actor: Actor, @IdParam() id: string, @IdParam('attachmentId') attachmentId: string): Promise<StreamableFile> {
    return this.supervision.download(actor, id, attachmentId);
  }
}

/** Default response days per kind: read by whoever raises or reads requests, changed by the admin. */
@ApiTags('supervision')
@Controller('supervision-settings')
export class SupervisionSettingsController {
  constructor(private readonly supervision: SupervisionService) {}

  @Get()
  @Authenticated('supervision.read')
  get(): Promise<SupervisionResponseDays> {
    return this.supervision.responseDays();
  }

  @Put()
  @Authenticated('settings.manage')
  update(@CurrentActor() actor: Actor, @Body() body: SupervisionSettingsDto): Promise<SupervisionResponseDays> {
    return this.supervision.updateResponseDays(actor, body);
  }
}
