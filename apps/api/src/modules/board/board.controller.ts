import { Controller, Get, Headers, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { gunzipSync } from 'node:zlib';
import { Authenticated } from '../../common/auth/access.decorators';
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
    const board = await this.boards.board(query, ifNoneMatch);
    response.setHeader('Cache-Control', 'private, no-cache');
    response.setHeader('Vary', 'Accept-Encoding, Authorization');
    if (board.etag) response.setHeader('ETag', board.etag);
    if (!board.gzip) {
      response.status(304).end();
      return;
    }
    response.setHeader('Content-Type', 'application/json; charset=utf-8');
    if (/\bgzip\b/.test(acceptEncoding ?? '')) {
      response.setHeader('Content-Encoding', 'gzip');
      response.status(200).end(board.gzip);
    } else {
      response.status(200).end(gunzipSync(board.gzip));
    }
  }
}
