import { Controller, Get, Query, Req, Res } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Authenticated } from '../../common/auth/access.decorators';
import { CompressedReadModelCache } from '../../common/cache/compressed-read-model-cache';
import { workPackagesRevisionScope } from '../work-packages/revision-scope';
import { LiveQuery } from './dtos/live.query';
import { LiveUpdatesService } from './live-updates.service';

const HEARTBEAT_MS = 20_000;

@ApiTags('live')
@Controller('events')
export class LiveController {
  constructor(
    private readonly live: LiveUpdatesService,
    private readonly revisions: CompressedReadModelCache,
  ) {}

  /**
   * Server-sent events: first `revision` (the selection's current data revision: a client holding an older board
   * refetches it, which is how a reconnect catches up), then one `package` event per committed change in the
   * selection, with the card as it is now. Every signed-in role reads every card, so no event is filtered further.
   */
  @Get()
  @Authenticated('workPackages.read')
  @ApiOkResponse({ description: 'text/event-stream: `revision` {revision}, then `package` {card, planIds, departmentIds}' })
  async stream(@Query() query: LiveQuery, @Req() request: Request, @Res() response: Response): Promise<void> {
    response.status(200);
    response.setHeader('Content-Type', 'text/event-stream; charset=utf-8');
    response.setHeader('Cache-Control', 'no-cache, no-transform');
    response.setHeader('Connection', 'keep-alive');
    // nginx (docker/) passes the stream through unbuffered.
    response.setHeader('X-Accel-Buffering', 'no');
    response.flushHeaders();
    const stop = this.live.listen((change) => {
      if (query.planId && !change.planIds.includes(query.planId)) return;
      if (query.departmentId && !change.departmentIds.includes(query.departmentId)) return;
      response.write(`event: package\ndata: ${JSON.stringify(change)}\n\n`);
    });
    const heartbeat = setInterval(() => response.write(': keep-alive\n\n'), HEARTBEAT_MS);
    const close = () => {
      clearInterval(heartbeat);
      stop();
    };
    request.on('close', close);
    const revision = await this.revisions.revision(workPackagesRevisionScope(query)).catch(() => null);
    response.write(`retry: 1000\nevent: revision\ndata: ${JSON.stringify({ revision })}\n\n`);
  }
}
