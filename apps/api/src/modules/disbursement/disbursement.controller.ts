import { Body, Controller, Get, Header, Headers, HttpCode, HttpStatus, Param, Patch, Post, Put, Query, Res, StreamableFile, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiConsumes, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Actor, DisbursementImportPreview, DisbursementImportResult, DisbursementProject, DisbursementSettings, DisbursementSummary } from '@mandate/domain';
import { Authenticated, CurrentActor } from '../../common/auth/access.decorators';
import { sendReadModel } from '../../common/cache/send-read-model';
import { IdParam } from '../../common/validation/id-param';
import { MAX_WORKBOOK_BYTES, UploadedWorkbook } from './disbursement-workbook';
import { DisbursementService } from './disbursement.service';
import { CreateDisbursementProjectDto, DisbursementProjectsQuery, DisbursementQuery, SetDisbursementFigureDto, UpdateDisbursementProjectDto, UpdateDisbursementSettingsDto } from './dtos/disbursement.dto';

// In memory: a workbook is small, and exceljs reads it from a buffer; one byte over the limit makes multer answer 413.
const workbookUpload = () => FileInterceptor('file', { limits: { fileSize: MAX_WORKBOOK_BYTES + 1, files: 1 } });

@ApiTags('disbursement')
@Controller()
export class DisbursementController {
  constructor(private readonly disbursement: DisbursementService) {}

  /** The cached gzip body (or a 304 when `If-None-Match` names the disbursement revision). */
  @Get('plans/:id/disbursement')
  @Authenticated('disbursement.read')
  @ApiOkResponse({ description: 'DisbursementOverviewResponse (allocated, disbursed, rate, months, investors, the first page of projects by code, projectCount, belowCurveCount, nextCursor), amounts in whole đồng; ETag per revision' })
  async overview(
    @IdParam() id: string,
    @Query() query: DisbursementQuery,
    @Headers('if-none-match') ifNoneMatch: string | undefined,
    @Headers('accept-encoding') acceptEncoding: string | undefined,
    @Res() response: Response,
  ): Promise<void> {
    sendReadModel(response, await this.disbursement.overviewBody(id, query.asOf, ifNoneMatch), acceptEncoding);
  }

  /** The projects table a page at a time: below the curve, by investor, by words of the code or name; by code or rate. */
  @Get('plans/:id/disbursement/projects')
  @Authenticated('disbursement.read')
  @ApiOkResponse({ description: 'DisbursementProjectPage (items, total, nextCursor); ETag per revision' })
  async projects(
    @IdParam() id: string,
    @Query() query: DisbursementProjectsQuery,
    @Headers('if-none-match') ifNoneMatch: string | undefined,
    @Headers('accept-encoding') acceptEncoding: string | undefined,
    @Res() response: Response,
  ): Promise<void> {
    sendReadModel(response, await this.disbursement.projectsBody(id, query, ifNoneMatch), acceptEncoding);
  }

  @Get('plans/:id/disbursement/summary')
  @Authenticated('disbursement.read')
  summary(@IdParam() id: string): Promise<DisbursementSummary> {
    return this.disbursement.summary(id);
  }

  @Get('plans/:id/disbursement/template.xlsx')
  @Authenticated('disbursement.read')
  @Header('Content-Type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  @Header('Content-Disposition', 'attachment; filename="mau-giai-ngan.xlsx"')
  async template(@IdParam() _id: string): Promise<StreamableFile> {
    return new StreamableFile(await this.disbursement.template());
  }

  @Put('plans/:id/disbursement/settings')
  @Authenticated('disbursement.manage')
  updateSettings(@CurrentActor() actor: Actor, @IdParam() id: string, @Body() body: UpdateDisbursementSettingsDto): Promise<DisbursementSettings> {
    return this.disbursement.updateSettings(actor, id, body);
  }

  @Post('plans/:id/disbursement/import/preview')
  @HttpCode(HttpStatus.OK)
  @Authenticated('disbursement.report')
  @ApiConsumes('multipart/form-data')
  @UseInterceptors(workbookUpload())
  preview(@CurrentActor() actor: Actor, @IdParam() id: string, @UploadedFile() file?: UploadedWorkbook): Promise<DisbursementImportPreview> {
    return this.disbursement.previewImport(actor, id, file);
  }

  @Post('plans/:id/disbursement/import')
  @Authenticated('disbursement.report')
  @ApiConsumes('multipart/form-data')
  @UseInterceptors(workbookUpload())
  import(@CurrentActor() actor: Actor, @IdParam() id: string, @UploadedFile() file?: UploadedWorkbook): Promise<DisbursementImportResult> {
    return this.disbursement.importWorkbook(actor, id, file);
  }

  @Post('plans/:id/disbursement/projects')
  @Authenticated('disbursement.report')
  createProject(@CurrentActor() actor: Actor, @IdParam() id: string, @Body() body: CreateDisbursementProjectDto): Promise<DisbursementProject> {
    return this.disbursement.createProject(actor, id, body);
  }

  @Patch('disbursement-projects/:id')
  @Authenticated('disbursement.report')
  updateProject(@CurrentActor() actor: Actor, @IdParam() id: string, @Body() body: UpdateDisbursementProjectDto): Promise<DisbursementProject> {
    return this.disbursement.updateProject(actor, id, body);
  }

  @Put('disbursement-projects/:id/figures/:month')
  @Authenticated('disbursement.report')
  setFigure(@CurrentActor() actor: Actor, @IdParam() id: string, @Param('month') month: string, @Body() body: SetDisbursementFigureDto): Promise<DisbursementProject> {
    return this.disbursement.setFigure(actor, id, month, body);
  }
}
