import { Body, Controller, Get, Header, HttpCode, HttpStatus, Param, Patch, Post, Put, Query, StreamableFile, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiConsumes, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Actor, DisbursementImportPreview, DisbursementImportResult, DisbursementProject, DisbursementSettings, DisbursementSummary } from '@mandate/domain';
import { Authenticated, CurrentActor } from '../../common/auth/access.decorators';
import { IdParam } from '../../common/validation/id-param';
import { MAX_WORKBOOK_BYTES, UploadedWorkbook } from './disbursement-workbook';
import { DisbursementService } from './disbursement.service';
import { CreateDisbursementProjectDto, DisbursementQuery, SetDisbursementFigureDto, UpdateDisbursementProjectDto, UpdateDisbursementSettingsDto } from './dtos/disbursement.dto';

// In memory: a workbook is small, and exceljs reads it from a buffer; one byte over the limit makes multer answer 413.
const workbookUpload = () => FileInterceptor('file', { limits: { fileSize: MAX_WORKBOOK_BYTES + 1, files: 1 } });

@ApiTags('disbursement')
@Controller()
export class DisbursementController {
  constructor(private readonly disbursement: DisbursementService) {}

  @Get('plans/:id/disbursement')
  @Authenticated('disbursement.read')
  @ApiOkResponse({ description: 'DisbursementOverview (allocated, disbursed, rate, months, investors, projects), amounts in whole đồng' })
  async overview(@IdParam() id: string, @Query() query: DisbursementQuery): Promise<StreamableFile> {
    return new StreamableFile(await this.disbursement.overviewJson(id, query.asOf), { type: 'application/json; charset=utf-8' });
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
