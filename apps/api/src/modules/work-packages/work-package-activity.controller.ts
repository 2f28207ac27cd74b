import { Body, Controller, Get, HttpCode, HttpStatus, Post, UploadedFiles, UseInterceptors } from '@nestjs/common';
import { FilesInterceptor } from '@nestjs/platform-express';
import { ApiConsumes, ApiTags } from '@nestjs/swagger';
import { Actor, DeadlineExtensionRequest, EVIDENCE_MAX_FILE_BYTES, EVIDENCE_MAX_FILES, ItemList, ProgressReport, WorkPackageComment } from '@mandate/domain';
import { Authenticated, CurrentActor } from '../../common/auth/access.decorators';
import { IdParam } from '../../common/validation/id-param';
import { DeadlineExtensionsService } from './deadline-extensions.service';
import { CreateCommentDto } from './dtos/create-comment.dto';
import { CreateProgressReportDto } from './dtos/create-progress-report.dto';
import { DecideExtensionDto } from './dtos/decide-extension.dto';
import { RequestExtensionDto } from './dtos/request-extension.dto';
import { EvidenceUploadErrorsInterceptor } from './evidence-upload.interceptor';
import { UploadedEvidenceFile } from './evidence-storage';
import { WorkPackageActivityService } from './work-package-activity.service';

// Multer writes to UPLOAD_DIR/.incoming (MulterModule in the module); file names are read as UTF-8, as browsers send them.
const evidenceUpload = () => FilesInterceptor('files', EVIDENCE_MAX_FILES, { limits: { fileSize: EVIDENCE_MAX_FILE_BYTES, files: EVIDENCE_MAX_FILES, fields: 20 }, defParamCharset: 'utf8' });

@ApiTags('work-packages')
@Controller('work-packages/:id')
export class WorkPackageActivityController {
  constructor(
    private readonly activity: WorkPackageActivityService,
    private readonly extensions: DeadlineExtensionsService,
  ) {}

  @Get('comments')
  @Authenticated('workPackages.read')
  listComments(@CurrentActor() actor: Actor, @IdParam() id: string): Promise<ItemList<WorkPackageComment>> {
    return this.activity.listComments(actor, id);
  }

  @Post('comments')
  @Authenticated('workPackages.comment')
  addComment(@CurrentActor() actor: Actor, @IdParam() id: string, @Body() body: CreateCommentDto): Promise<WorkPackageComment> {
    return this.activity.addComment(actor, id, body);
  }

  @Get('progress-reports')
  @Authenticated('workPackages.read')
  listReports(@CurrentActor() actor: Actor, @IdParam() id: string): Promise<ItemList<ProgressReport>> {
    return this.activity.listReports(actor, id);
  }

  @Post('progress-reports')
  @Authenticated('workPackages.report')
  @ApiConsumes('application/json', 'multipart/form-data')
  @UseInterceptors(EvidenceUploadErrorsInterceptor, evidenceUpload())
  fileReport(@CurrentActor() actor: Actor, @IdParam() id: string, @Body() body: CreateProgressReportDto, @UploadedFiles() files?: UploadedEvidenceFile[]): Promise<ProgressReport> {
    return this.activity.fileReport(actor, id, body, files);
  }

  @Get('extensions')
  @Authenticated('workPackages.read')
  listExtensions(@CurrentActor() actor: Actor, @IdParam() id: string): Promise<ItemList<DeadlineExtensionRequest>> {
    return this.extensions.list(actor, id);
  }

  @Post('extensions')
  @Authenticated('workPackages.update')
  requestExtension(@CurrentActor() actor: Actor, @IdParam() id: string, @Body() body: RequestExtensionDto): Promise<DeadlineExtensionRequest> {
    return this.extensions.request(actor, id, body);
  }

  @Post('extensions/:extId/decision')
  @HttpCode(HttpStatus.OK)
  @Authenticated('workPackages.update')
  decideExtension(@CurrentActor() actor: Actor, @IdParam() id: string, @IdParam('extId') extId: string, @Body() body: DecideExtensionDto): Promise<DeadlineExtensionRequest> {
    return this.extensions.decide(actor, id, extId, body);
  }
}
