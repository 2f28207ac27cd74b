import { Body, Controller, Get, HttpCode, HttpStatus, Post, Put, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiConsumes, ApiTags } from '@nestjs/swagger';
import { Actor, BreakdownResult, CompletionRules, ItemList, PlanCreatedResponse, PlanDetail, PlanDocumentParse, PlanSummary, ProposedPackage } from '@mandate/domain';
import { CompletionRulesDto } from './dtos/completion-rules.dto';
import { Authenticated, CurrentActor } from '../../common/auth/access.decorators';
import { IdParam } from '../../common/validation/id-param';
import { BreakdownService } from './breakdown.service';
import { ConfirmBreakdownDto } from './dtos/confirm-breakdown.dto';
import { PlanTextDto } from './dtos/plan-text.dto';
import { MAX_PLAN_FILE_BYTES, UploadedPlanFile } from './plan-text.reader';
import { PlansService } from './plans.service';

// No dest means multer keeps the file in memory; one byte over the limit lets it refuse with LIMIT_FILE_SIZE, which Nest turns into a 413.
const planUpload = () => FileInterceptor('file', { limits: { fileSize: MAX_PLAN_FILE_BYTES + 1, files: 1 } });

@ApiTags('plans')
@Controller('plans')
export class PlansController {
  constructor(
    private readonly plans: PlansService,
    private readonly breakdown: BreakdownService,
  ) {}

  @Post('import/preview')
  @HttpCode(HttpStatus.OK)
  @Authenticated('plans.import')
  @ApiConsumes('application/json', 'multipart/form-data')
  @UseInterceptors(planUpload())
  preview(@Body() body: PlanTextDto, @UploadedFile() file?: UploadedPlanFile): Promise<PlanDocumentParse> {
    return this.plans.preview(body.text, file);
  }

  @Post()
  @Authenticated('plans.import')
  @ApiConsumes('application/json', 'multipart/form-data')
  @UseInterceptors(planUpload())
  create(@CurrentActor() actor: Actor, @Body() body: PlanTextDto, @UploadedFile() file?: UploadedPlanFile): Promise<PlanCreatedResponse> {
    return this.plans.importPlan(actor, body.text, file);
  }

  @Get()
  @Authenticated('plans.read')
  list(): Promise<ItemList<PlanSummary>> {
    return this.plans.list();
  }

  @Get(':id')
  @Authenticated('plans.read')
  get(@IdParam() id: string): Promise<PlanDetail> {
    return this.plans.get(id);
  }

  @Put(':id/completion-rules')
  @Authenticated('plans.breakdown')
  setCompletionRules(@CurrentActor() actor: Actor, @IdParam() id: string, @Body() body: CompletionRulesDto): Promise<CompletionRules> {
    return this.plans.setCompletionRules(actor, id, body);
  }

  /** The UBND office (who imports plans) chooses the plan every screen opens on. */
  @Post(':id/current')
  @HttpCode(HttpStatus.OK)
  @Authenticated('plans.import')
  setCurrent(@CurrentActor() actor: Actor, @IdParam() id: string): Promise<PlanSummary> {
    return this.plans.setCurrent(actor, id);
  }

  @Post(':id/breakdown/preview')
  @HttpCode(HttpStatus.OK)
  @Authenticated('plans.breakdown')
  previewBreakdown(@IdParam() id: string): Promise<{ packages: ProposedPackage[] }> {
    return this.breakdown.preview(id);
  }

  @Post(':id/breakdown')
  @Authenticated('plans.breakdown')
  confirmBreakdown(@CurrentActor() actor: Actor, @IdParam() id: string, @Body() body: ConfirmBreakdownDto): Promise<BreakdownResult> {
    return this.breakdown.confirm(actor, id, body.packages);
  }
}
