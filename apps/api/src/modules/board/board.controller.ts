import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Authenticated } from '../../common/auth/access.decorators';
import { BoardService } from './board.service';
import { BoardResponse } from '@mandate/domain';
import { BoardQuery } from './dtos/board.query';

@ApiTags('board')
@Controller('board')
export class BoardController {
  constructor(private readonly boards: BoardService) {}

  @Get()
  @Authenticated('workPackages.read')
  board(@Query() query: BoardQuery): Promise<BoardResponse> {
    return this.boards.board(query);
  }
}
