import { Module } from '@nestjs/common';
import { WorkPackagesModule } from '../work-packages/work-packages.module';
import { BoardController } from './board.controller';
import { BoardService } from './board.service';

@Module({
  imports: [WorkPackagesModule],
  controllers: [BoardController],
  providers: [BoardService],
})
export class BoardModule {}
