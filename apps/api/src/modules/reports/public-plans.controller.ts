import { Body, Controller, Get, Ip, Put, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Actor, PlanPublication, PublicPlanSummary } from '@mandate/domain';
import type { Response } from 'express';
import { Authenticated, CurrentActor, Public } from '../../common/auth/access.decorators';
import { IdParam } from '../../common/validation/id-param';
import { SetPublicationDto } from './dtos/set-publication.dto';
import { PublicPlansService } from './public-plans.service';

@ApiTags('public')
@Controller()
export class PublicPlansController {
  constructor(private readonly plans: PublicPlansService) {}

  /** The published transparency summary, without a session; 404 while the plan is not published. */
  @Get('public/plans/:id')
  @Public()
  async summary(@IdParam() id: string, @Ip() address: string, @Res({ passthrough: true }) res: Response): Promise<PublicPlanSummary> {
    const summary = await this.plans.summary(id, address);
    // Revalidated on every view, so an unpublished plan disappears from browsers and proxies at once.
    res.setHeader('Cache-Control', 'public, no-cache');
    return summary;
  }

  @Get('plans/:id/publication')
  @Authenticated('plans.read')
  publication(@IdParam() id: string): Promise<PlanPublication> {
    return this.plans.publication(id);
  }

  /** The UBND puts the plan's public page online (true) or removes it at once (false). */
  @Put('plans/:id/publication')
  @Authenticated('plans.publish')
  setPublication(@CurrentActor() actor: Actor, @IdParam() id: string, @Body() body: SetPublicationDto): Promise<PlanPublication> {
    return this.plans.setPublication(actor, id, body.published);
  }
}
