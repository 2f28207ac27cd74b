import { Body, Controller, Get, Headers, HttpCode, HttpStatus, Patch, Post, Put, Query, Res, StreamableFile, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiConsumes, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Actor, EVIDENCE_MAX_FILE_BYTES, IndicatorDetail, IndicatorMeasurement, IndicatorReportSettingsResponse, IndicatorView } from '@mandate/domain';
import { Authenticated, CurrentActor } from '../../common/auth/access.decorators';
import { sendReadModel } from '../../common/cache/send-read-model';
import { IdParam } from '../../common/validation/id-param';
import { EvidenceUploadErrorsInterceptor } from '../work-packages/evidence-upload.interceptor';
import { UploadedEvidenceFile } from '../work-packages/evidence-storage';
import { AssessTargetDto, ConfirmMeasurementDto, CreateMeasurementDto, IndicatorReportSettingsDto, IndicatorsAsOfQuery, UpdateIndicatorDto } from './dtos/indicator.dtos';
import { IndicatorReportSettingsService } from './indicator-report-settings.service';
import { IndicatorsService } from './indicators.service';

// One evidence file under `file`; multer writes it to UPLOAD_DIR/.incoming (MulterModule in the module).
const evidenceUpload = () => FileInterceptor('file', { limits: { fileSize: EVIDENCE_MAX_FILE_BYTES, files: 1, fields: 20 }, defParamCharset: 'utf8' });

@ApiTags('indicators')
@Controller()
export class IndicatorsController {
  constructor(
    private readonly indicators: IndicatorsService,
    private readonly settings: IndicatorReportSettingsService,
  ) {}

  /** An `IndicatorList`, sent as the cached gzip body (or a 304 when `If-None-Match` names its revision). */
  @Get('plans/:id/indicators')
  @Authenticated('plans.read')
  @ApiOkResponse({ description: 'IndicatorList (gzip when accepted); ETag per indicators revision and as-of date, 304 on If-None-Match' })
  async list(
    @IdParam() id: string,
    @Query() query: IndicatorsAsOfQuery,
    @Headers('if-none-match') ifNoneMatch: string | undefined,
    @Headers('accept-encoding') acceptEncoding: string | undefined,
    @Res() response: Response,
  ): Promise<void> {
    sendReadModel(response, await this.indicators.listBody(id, query.asOf, ifNoneMatch), acceptEncoding);
  }

  @Get('indicators/:id')
  @Authenticated('plans.read')
  get(@IdParam() id: string): Promise<IndicatorDetail> {
    return this.indicators.get(id);
  }

  @Patch('indicators/:id')
  @Authenticated('indicators.manage')
  update(@CurrentActor() actor: Actor, @IdParam() id: string, @Body() body: UpdateIndicatorDto): Promise<IndicatorView> {
    return this.indicators.update(actor, id, body);
  }

  @Post('indicators/:id/measurements')
  @Authenticated('indicators.report')
  @ApiConsumes('application/json', 'multipart/form-data')
  @UseInterceptors(EvidenceUploadErrorsInterceptor, evidenceUpload())
  addMeasurement(@CurrentActor() actor: Actor, @IdParam() id: string, @Body() body: CreateMeasurementDto, @UploadedFile() file?: UploadedEvidenceFile): Promise<IndicatorMeasurement> {
    return this.indicators.addMeasurement(actor, id, body, file);
  }

  @Post('indicator-measurements/:id/confirm')
  @HttpCode(HttpStatus.OK)
  @Authenticated('indicators.confirm')
  confirm(@CurrentActor() actor: Actor, @IdParam() id: string, @Body() body: ConfirmMeasurementDto): Promise<IndicatorMeasurement> {
    return this.indicators.confirm(actor, id, body?.version);
  }

  @Get('indicator-measurements/:id/evidence')
  @Authenticated('plans.read')
  evidence(@IdParam() id: string): Promise<StreamableFile> {
    return this.indicators.evidence(id);
  }

  @Put('indicator-targets/:id/assessment')
  @Authenticated('indicators.manage')
  assess(@CurrentActor() actor: Actor, @IdParam() id: string, @Body() body: AssessTargetDto): Promise<IndicatorView> {
    return this.indicators.assess(actor, id, body);
  }

  @Get('indicator-report-settings')
  @Authenticated('plans.read')
  getSettings(): Promise<IndicatorReportSettingsResponse> {
    return this.settings.get();
  }

  @Put('indicator-report-settings')
  @Authenticated('settings.manage')
  putSettings(@CurrentActor() actor: Actor, @Body() body: IndicatorReportSettingsDto): Promise<IndicatorReportSettingsResponse> {
    return this.settings.put(actor, body);
  }
}
