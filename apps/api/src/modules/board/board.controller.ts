import { Controller, Get, Headers, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Authenticated } from '../../common/auth/access.decorators';
import { sendReadModel } from '../../common/cache/send-read-model';
import { BoardService } from './board.service';
import { BoardQuery } from './dtos/board.query';

@ApiTags('board')
@Controller('board')
export class BoardController {
  constructor(private readonly boards: BoardService) {}

  /** A `BoardResponse`, sent as the cached gzip body (or a 304 when `If-None-Match` names its revision). */
  @Get()
  @Authenticated('workPackages.read')
  @ApiOkResponse({ description: 'BoardResponse (gzip when accepted); ETag per data revision, 304 on If-None-Match' })
  async board(@Query() query: BoardQuery, @Headers('if-none-match') ifNoneMatch: string | undefined, @Headers('accept-encoding') acceptEncoding: string | undefined, @Res() response: Response): Promise<void> {
    sendReadModel(response, await this.boards.board(query, ifNoneMatch), acceptEncoding);
  }
}
